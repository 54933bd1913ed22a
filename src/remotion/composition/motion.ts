import type { CSSProperties } from 'react';
import { interpolate, spring } from 'remotion';
import type { AnimationStyle } from '#core/channel.js';

/**
 * Text entrances per channel animation style. `frame` is relative to the scene's start; `unit`
 * scales pixel distances with the frame (1 at 1080 px wide) so drafts and finals move alike.
 */

/** Frames until a scene's text has fully arrived, whatever the style. */
export const ENTRANCE_FRAMES = 24;

export interface EntranceInput {
  readonly animation: AnimationStyle;
  readonly frame: number;
  readonly fps: number;
  readonly wordIndex: number;
  readonly unit: number;
}

/** Per-word entrance: ripple and rise stagger the words; float and burst move the block. */
export function wordEntrance({ animation, frame, fps, wordIndex, unit }: EntranceInput): CSSProperties {
  switch (animation) {
    case 'ripple': {
      const p = spring({ frame: frame - wordIndex * 2, fps, config: { damping: 12, mass: 0.6 } });
      const wave = Math.sin(frame / 6 - wordIndex * 0.9) * (1 - Math.min(1, frame / 45)) * 10 * unit;
      return {
        opacity: Math.min(1, p * 1.5),
        transform: `translateY(${wave}px) scale(${interpolate(p, [0, 1], [0.6, 1])})`,
      };
    }
    case 'rise': {
      const p = spring({
        frame: frame - wordIndex * 1.5,
        fps,
        config: { damping: 200 },
        durationInFrames: 16,
      });
      return { opacity: p, transform: `translateY(${(1 - p) * 70 * unit}px)` };
    }
    case 'float':
    case 'burst':
      return {};
  }
}

/** Whole-block motion: the float's drift in and bob, the burst's pop; none for the per-word styles. */
export function blockEntrance({
  animation,
  frame,
  fps,
  unit,
}: Omit<EntranceInput, 'wordIndex'>): CSSProperties {
  switch (animation) {
    case 'float': {
      const p = spring({ frame, fps, config: { damping: 200 }, durationInFrames: 22 });
      const bob = Math.sin((frame / fps) * Math.PI * 0.7) * 8 * unit;
      return { opacity: p, transform: `translateY(${(1 - p) * 50 * unit + bob}px)` };
    }
    case 'burst': {
      const p = spring({ frame, fps, config: { damping: 9, stiffness: 170, mass: 0.6 } });
      return {
        opacity: Math.min(1, p * 2),
        transform: `scale(${interpolate(p, [0, 1], [0.35, 1])}) rotate(${(1 - p) * -7}deg)`,
      };
    }
    case 'ripple':
    case 'rise':
      return {};
  }
}

/** The lit caption word pops a little when it lights up. */
export function activeWordScale(framesSinceLit: number, fps: number): number {
  const p = spring({ frame: framesSinceLit, fps, config: { damping: 10, stiffness: 200 } });
  return interpolate(p, [0, 1], [1.18, 1.06]);
}
