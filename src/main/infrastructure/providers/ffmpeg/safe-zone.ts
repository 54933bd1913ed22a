import type { FrameSize } from '../../../domain/video-quality.js';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Fractions of the frame covered by platform UI (captions, buttons, progress bars). */
export interface SafeMargins {
  readonly top: number;
  readonly bottom: number;
  readonly sides: number;
}

/**
 * Vertical feeds (Shorts, Reels, TikTok) cover roughly the top 12 %, the bottom 20 % and 8 % of
 * each side; square and landscape players cover much less.
 */
export function safeMarginsFor(frame: FrameSize): SafeMargins {
  if (frame.height > frame.width) return { top: 0.12, bottom: 0.2, sides: 0.08 };
  if (frame.height === frame.width) return { top: 0.08, bottom: 0.12, sides: 0.08 };
  return { top: 0.08, bottom: 0.12, sides: 0.06 };
}

/** The part of the frame text may use, with even coordinates for 4:2:0 chroma. */
export function safeAreaFor(frame: FrameSize): Rect {
  const m = safeMarginsFor(frame);
  const x = even(frame.width * m.sides);
  const y = even(frame.height * m.top);
  const bottom = even(frame.height * (1 - m.bottom));
  return { x, y, width: frame.width - 2 * x, height: bottom - y };
}

export function even(value: number): number {
  return 2 * Math.round(value / 2);
}

/** True when `inner` lies entirely inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}
