import { PLATFORM_PRESETS, type PlatformId, type PlatformMargins } from './platform-presets.js';
import type { FrameSize } from './video-quality.js';

/** Fractions of the frame covered by platform UI (captions, buttons, progress bars), per side. */
export type SafeMargins = PlatformMargins;

/**
 * Where text must not go. A platform preset brings its own asymmetric zone (its button column on
 * the right, caption at the bottom: see `platform-presets.ts` for the sources) for a portrait
 * frame. Without one, vertical feeds keep roughly the top 12 %, the bottom 20 % and 8 % of each
 * side free; square and landscape players cover less. Every renderer (FFmpeg, Remotion, the
 * preview) lays text out inside the same zone.
 */
export function safeMarginsFor(frame: FrameSize, platform: PlatformId = 'generic'): SafeMargins {
  const margins = PLATFORM_PRESETS[platform].margins;
  if (frame.height > frame.width) {
    return margins ?? { top: 0.12, bottom: 0.2, left: 0.08, right: 0.08 };
  }
  if (frame.height === frame.width) return { top: 0.08, bottom: 0.12, left: 0.08, right: 0.08 };
  return { top: 0.08, bottom: 0.12, left: 0.06, right: 0.06 };
}

/** A rectangle of the frame, in the frame's own units (pixels for a render). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The rectangle text must stay inside: the frame less its `safeMarginsFor` margins. Text is
 * centred in this rectangle, not in the frame, so with a platform's wider right margin it sits a
 * little left of the frame's centre. Edges are snapped with `round`: whole pixels by default (the
 * Remotion composition and the preview); FFmpeg passes an even rounding for 4:2:0 chroma.
 */
export function safeAreaFor(
  frame: FrameSize,
  platform: PlatformId = 'generic',
  round: (value: number) => number = Math.round,
): Rect {
  const m = safeMarginsFor(frame, platform);
  const x = round(frame.width * m.left);
  const y = round(frame.height * m.top);
  const right = round(frame.width * (1 - m.right));
  const bottom = round(frame.height * (1 - m.bottom));
  return { x, y, width: right - x, height: bottom - y };
}
