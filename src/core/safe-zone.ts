import type { FrameSize } from './video-quality.js';

/** Fractions of the frame covered by platform UI (captions, buttons, progress bars). */
export interface SafeMargins {
  readonly top: number;
  readonly bottom: number;
  readonly sides: number;
}

/**
 * Where text must not go. Vertical feeds (Shorts, Reels, TikTok) cover roughly the top 12 %, the
 * bottom 20 % and 8 % of each side with their own UI; square and landscape players cover less.
 * Every renderer (FFmpeg, Remotion, the preview) lays text out inside the same zone.
 */
export function safeMarginsFor(frame: FrameSize): SafeMargins {
  if (frame.height > frame.width) return { top: 0.12, bottom: 0.2, sides: 0.08 };
  if (frame.height === frame.width) return { top: 0.08, bottom: 0.12, sides: 0.08 };
  return { top: 0.08, bottom: 0.12, sides: 0.06 };
}

/** A rectangle of the frame, in the frame's own units (pixels for a render). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The rectangle text must stay inside: the frame less its `safeMarginsFor` margins, centred
 * horizontally. Edges are snapped with `round`: whole pixels by default (the Remotion composition
 * and the preview); FFmpeg passes an even rounding for 4:2:0 chroma.
 */
export function safeAreaFor(frame: FrameSize, round: (value: number) => number = Math.round): Rect {
  const m = safeMarginsFor(frame);
  const x = round(frame.width * m.sides);
  const y = round(frame.height * m.top);
  const bottom = round(frame.height * (1 - m.bottom));
  return { x, y, width: frame.width - 2 * x, height: bottom - y };
}
