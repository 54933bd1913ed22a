import type { RenderProgress } from '#core/provider.js';

/**
 * How a Remotion render's time divides, for one 0–1 progress bar. Frames are the bulk; encoding
 * runs alongside them and only its tail is left once the last frame is in.
 */
export const PROGRESS_BANDS = {
  bundling: [0, 0.05],
  preparing: [0.05, 0.08],
  frames: [0.08, 0.85],
  encoding: [0.85, 0.95],
  finishing: [0.95, 1],
} as const;

/** The fields of Remotion's RenderMediaProgress this mapping reads. */
export interface MediaProgress {
  readonly renderedFrames: number;
  readonly encodedFrames: number;
  readonly stitchStage: 'encoding' | 'muxing';
}

function within(band: readonly [number, number], fraction: number): number {
  const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  return band[0] + (band[1] - band[0]) * f;
}

export function bundlingProgress(percent: number): RenderProgress {
  return { progress: within(PROGRESS_BANDS.bundling, percent / 100), stage: 'bundling' };
}

export function preparingProgress(fraction: number, stage: string): RenderProgress {
  return { progress: within(PROGRESS_BANDS.preparing, fraction), stage };
}

/** Remotion's progress as ours: "rendering frames k/n", then "encoding", then "muxing". */
export function mediaProgress(progress: MediaProgress, totalFrames: number): RenderProgress {
  const total = Math.max(1, totalFrames);
  if (progress.stitchStage === 'muxing') return { progress: PROGRESS_BANDS.encoding[1], stage: 'muxing' };
  if (progress.renderedFrames < total) {
    return {
      progress: within(PROGRESS_BANDS.frames, progress.renderedFrames / total),
      stage: `rendering frames ${progress.renderedFrames}/${total}`,
    };
  }
  return {
    progress: within(PROGRESS_BANDS.encoding, progress.encodedFrames / total),
    stage: 'encoding',
  };
}

export function finishingProgress(fraction: number, stage: string): RenderProgress {
  return { progress: within(PROGRESS_BANDS.finishing, fraction), stage };
}
