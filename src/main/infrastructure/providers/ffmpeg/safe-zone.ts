import { safeMarginsFor, type SafeMargins } from '../../../domain/safe-zone.js';
import type { FrameSize } from '../../../domain/video-quality.js';

export { safeMarginsFor, type SafeMargins };

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
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
