import type { TransitionKind } from '#core/channel.js';

/**
 * The xfade transition that matches each channel transition; `cut` has none. This is the look
 * every transition aims for, whichever way it is drawn.
 */
export const XFADE_TRANSITION: Readonly<Record<TransitionKind, string | undefined>> = {
  crossfade: 'fade',
  'slide-up': 'slideup',
  'slide-left': 'slideleft',
  wipe: 'wipeleft',
  zoom: 'zoomin',
  cut: undefined,
};

/**
 * How one transition is drawn. xfade evaluates every pixel in C without SIMD (≈ 40 ms per
 * 1080×1920 frame here, 4 zoom transitions cost 2.4 s of a 7.5 s render), so every kind is drawn
 * with `overlay` (fast row copies and blends) instead: the incoming scene fades in, slides in, is
 * revealed through a moving mask, or grows from 80 % while fading in.
 */
export type TransitionMethod =
  | { readonly type: 'cut' }
  | { readonly type: 'fade' }
  | { readonly type: 'slide'; readonly from: 'bottom' | 'right' }
  | { readonly type: 'wipe' }
  | { readonly type: 'zoom' }
  | { readonly type: 'xfade'; readonly name: string };

/** `overlay` (default, fast) or `xfade` for every transition (slower, xfade's exact look). */
export type TransitionEngine = 'overlay' | 'xfade';

export function transitionMethodFor(
  kind: TransitionKind,
  engine: TransitionEngine = 'overlay',
): TransitionMethod {
  const xfade = XFADE_TRANSITION[kind];
  if (xfade === undefined) return { type: 'cut' };
  if (engine === 'xfade') return { type: 'xfade', name: xfade };
  switch (kind) {
    case 'crossfade':
      return { type: 'fade' };
    case 'slide-up':
      return { type: 'slide', from: 'bottom' };
    case 'slide-left':
      return { type: 'slide', from: 'right' };
    case 'wipe':
      return { type: 'wipe' };
    case 'zoom':
      return { type: 'zoom' };
    default:
      return { type: 'xfade', name: xfade };
  }
}
