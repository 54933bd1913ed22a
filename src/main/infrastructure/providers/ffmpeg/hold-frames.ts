/**
 * Holds: the frames of a scene where its text stands still over a still background — between
 * half and two thirds of a typical render. x264 spends ≈ 9 ms on each of them at 1080×1920 (its
 * motion search and lookahead run whatever the picture), yet every one decodes to the frame before.
 * So a part encodes only the first `ENCODED_HOLD_FRAMES` frames of each hold, x264 starting a new
 * IDR picture after them, and the join puts the rest of the hold back as skipped frames
 * (h264-skipped-frames.ts): frames that show the picture before them again, unchanged.
 */
import { stillStretches } from './part-costs.js';
import type { FrameRange } from './filter-graph.js';
import type { RenderPlan } from './render-plan.js';

/**
 * Frames of a hold x264 still encodes after the first: more than its lookahead (10 frames at
 * `veryfast`) so its rate control sees the picture stand still as it would in a whole encode, and
 * the picture the skipped frames repeat is the one x264 refined for a still.
 */
export const ENCODED_HOLD_FRAMES = 12;

/** Skipped frames that follow the `afterKept`-th encoded frame of a part. */
export interface SkippedRun {
  readonly afterKept: number;
  readonly count: number;
}

/** Which of a part's output frames are encoded and which become skipped frames. */
export interface HoldLayout {
  /** Output frames the part's ffmpeg encodes. */
  readonly keptFrames: number;
  /** Output frames [start, end) left out, relative to the render, in order. */
  readonly dropped: readonly FrameRange[];
  /** The same as runs after encoded frames, in order. */
  readonly runs: readonly SkippedRun[];
}

/** Whether a render's holds may be skipped: not with burned-in captions (they change inside a hold). */
function holdsSkippable(plan: RenderPlan): boolean {
  return plan.captions === undefined;
}

/** The layout of a part making output frames `range`; nothing dropped when `skip` is false. */
export function holdLayout(plan: RenderPlan, range: FrameRange, skip: boolean): HoldLayout {
  const dropped: FrameRange[] = [];
  if (skip && holdsSkippable(plan)) {
    for (const stretch of stillStretches(plan)) {
      // A part's first frame is encoded whatever it shows.
      const start = Math.max(stretch.start, range.start + 1) + ENCODED_HOLD_FRAMES;
      const end = Math.min(stretch.end, range.end);
      if (start < end) dropped.push({ start, end });
    }
  }
  let droppedBefore = 0;
  const runs = dropped.map((d) => {
    const run = { afterKept: d.start - range.start - droppedBefore, count: d.end - d.start };
    droppedBefore += run.count;
    return run;
  });
  return { keptFrames: range.end - range.start - droppedBefore, dropped, runs };
}

/**
 * Output frames of the part done once `kept` encoded frames are: a run of skipped frames right
 * after them counts as done (the join writes it), so a part finished early ends after its run.
 */
export function framesDoneAfter(layout: HoldLayout, kept: number): number {
  let frames = kept;
  for (const run of layout.runs) {
    if (run.afterKept > kept) break;
    frames += run.count;
  }
  return frames;
}

/**
 * Filters after the graph's video that leave the dropped frames out (their time closed up, 30 fps
 * on), and the encoder options that start an IDR picture where each run ends: the frames after a
 * run must not refer to pictures before it, since skipped frames come in between.
 */
export function holdFilters(
  layout: HoldLayout,
  range: FrameRange,
  fps: number,
): { filters: string; encoderOptions: string[] } | undefined {
  if (layout.runs.length === 0) return undefined;
  const keep = layout.dropped
    .map((d) => `between(n\\,${d.start - range.start}\\,${d.end - range.start - 1})`)
    .join('+');
  const idrAt = layout.runs.map((r) => r.afterKept).filter((k) => k < layout.keptFrames);
  return {
    filters: `select=not(${keep}),setpts=N/(${fps}*TB)`,
    encoderOptions: [
      ...(idrAt.length > 0
        ? ['-force_key_frames', `expr:${idrAt.map((k) => `eq(n,${k})`).join('+')}`, '-forced-idr', '1']
        : []),
    ],
  };
}

/** 1 for each output frame that a whole-render part would leave to skipped frames (for costs). */
export function skippedFrameFlags(plan: RenderPlan, skip: boolean): Uint8Array {
  const flags = new Uint8Array(plan.totalFrames);
  for (const d of holdLayout(plan, { start: 0, end: plan.totalFrames }, skip).dropped) {
    flags.fill(1, d.start, d.end);
  }
  return flags;
}
