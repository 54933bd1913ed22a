import type { PlatformId } from '../platform-presets.js';
import { safeAreaFor as domainSafeAreaFor, type Rect } from '../safe-zone.js';
import type { FrameSize } from '../video-quality.js';

export type { Rect };

/** The part of the frame text may use (the platform's safe zone), with even coordinates for 4:2:0 chroma. */
export function safeAreaFor(frame: FrameSize, platform: PlatformId = 'generic'): Rect {
  return domainSafeAreaFor(frame, platform, even);
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
