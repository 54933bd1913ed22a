import type { ChosenEncode } from './encode-tuner.js';
import type { FrameRange } from './filter-graph.js';
import {
  costShareBefore,
  cumulativeCosts,
  fitMovingCost,
  stillFrames,
  type PartProgressLog,
} from './part-costs.js';
import type { RenderPlan } from './render-plan.js';

/**
 * After a render in two parts that ran alone: how the work should have been shared for both to end
 * together, and what a moving frame cost against a still one on this machine, for the next render's
 * cut (see render-parts.ts and part-costs.ts).
 */
export function learnPartBalance(
  plan: RenderPlan,
  ranges: readonly FrameRange[],
  encode: Pick<ChosenEncode, 'movingCost' | 'learnShare' | 'learnMovingCost'>,
  partSeconds: readonly number[],
  progress: PartProgressLog,
): void {
  const still = stillFrames(plan);
  const share = costShareBefore(cumulativeCosts(still, encode.movingCost), ranges[0]!.end);
  encode.learnShare(share, partSeconds[0]!, partSeconds[1]!);
  const measured = fitMovingCost(still, progress.parts());
  if (measured !== undefined) encode.learnMovingCost(measured);
}
