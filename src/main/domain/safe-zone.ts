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
