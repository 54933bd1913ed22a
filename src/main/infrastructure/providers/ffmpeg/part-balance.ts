import type { ChosenEncode } from './encode-tuner.js';
import type { FrameRange } from './filter-graph.js';
import { costShareBefore, fitMovingCost, type PartProgressLog } from './part-costs.js';

/**
 * After a render in two parts that ran alone: how the work should have been shared for both to end
 * together, and what a moving frame cost against a still one on this machine, for the next render's
 * cut (see render-parts.ts and part-costs.ts).
 */
export function learnPartBalance(
  /**
   * The render's still frames, those left to skipped frames, and their cumulative costs, as its
   * cut used them (part-costs.ts).
   */
  frames: { readonly still: Uint8Array; readonly costs: Float64Array; readonly skipped?: Uint8Array },
  ranges: readonly FrameRange[],
  encode: Pick<ChosenEncode, 'learnShare' | 'learnMovingCost'>,
  partSeconds: readonly number[],
  progress: PartProgressLog,
): void {
  const share = costShareBefore(frames.costs, ranges[0]!.end);
  encode.learnShare(share, partSeconds[0]!, partSeconds[1]!);
  const measured = fitMovingCost(frames.still, progress.parts(), frames.skipped);
  if (measured !== undefined) encode.learnMovingCost(measured);
}
