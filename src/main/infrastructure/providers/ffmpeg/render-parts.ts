import type { FrameRange } from './filter-graph.js';
import {
  cumulativeCosts,
  cuttableStretches,
  DEFAULT_MOVING_COST,
  frameAtCostShare,
  stillFrames,
  stillStretches,
} from './part-costs.js';
import type { RenderPlan } from './render-plan.js';

/**
 * How many parts of one render are encoded side by side. On a small machine a single x264 keeps
 * the cores only ≈ 85 % busy (its frame threads wait on each other and on ffmpeg's one filter
 * thread), while two ffmpeg processes, each making and encoding half of the video, keep both
 * cores busy; joining the halves only copies their streams. Measured on 2 cores: the 30 s bench
 * render takes ≈ 9 % less wall time. Bigger machines keep one encode, whose threads scale there.
 */
export function partsFor(cores: number): number {
  return cores >= 2 && cores <= 4 ? 2 : 1;
}

/** A part shorter than this is not worth a second ffmpeg process. */
export const MIN_PART_SECONDS = 3;

/** The share of the frames the first of two parts takes when nothing better is known. */
export const EVEN_SHARE = 0.5;
/** Learned shares are kept inside this range: a freak measurement never starves a part. */
export const SHARE_LIMITS = [0.35, 0.65] as const;

/**
 * Output frame ranges of up to `count` parts, as equal in work as the picture allows. "Equal in
 * work" counts a moving frame as `movingCost` still ones (measured on this machine, see
 * part-costs.ts): a script whose entrances and transitions bunch up in one half would otherwise
 * leave the other part idle at the end. A cut falls where the frames on both sides are the same
 * still picture (text at rest over a still background), so the new part's first keyframe is a
 * frame the viewer sees standing still anyway — unless cutting inside a transition or an entrance
 * balances the work clearly better (by more than `WORTH_A_MOVING_CUT` of it): a transition is
 * indivisible work of ≈ 0.5–0.8 s of CPU at 1080×1920, and on a short script whichever part gets it
 * whole finishes that much later. Never inside a moving clip background. Fewer parts when the
 * render is too short. With two parts the first takes `firstShare` of the work
 * (the last part also encodes the soundtrack, so equal halves do not finish together; see
 * `balancedFirstShare`). Frames flagged in `skipped` (hold-frames.ts) cost nothing.
 */
export function planParts(
  plan: RenderPlan,
  count: number,
  firstShare = EVEN_SHARE,
  movingCost = DEFAULT_MOVING_COST,
  skipped?: Uint8Array,
): FrameRange[] {
  const minFrames = Math.ceil(MIN_PART_SECONDS * plan.fps);
  const stills = stillStretches(plan);
  const anywhere = cuttableStretches(plan);
  const costs = cumulativeCosts(stillFrames(plan), movingCost, skipped);
  for (let parts = Math.floor(count); parts > 1; parts -= 1) {
    const cuts: number[] = [];
    for (let j = 1; j < parts; j += 1) {
      const share = parts === 2 ? firstShare : j / parts;
      const still = nearestByWork(stills, costs, share);
      const moving = nearestByWork(anywhere, costs, share);
      const cut =
        still === undefined ||
        (moving !== undefined &&
          workGap(costs, moving, share) + WORTH_A_MOVING_CUT < workGap(costs, still, share))
          ? moving
          : still;
      if (cut !== undefined) cuts.push(cut);
    }
    const bounds = [0, ...cuts, plan.totalFrames];
    const ranges = bounds.slice(1).map((end, i) => ({ start: bounds[i]!, end }));
    if (cuts.length === parts - 1 && ranges.every((r) => r.end - r.start >= minFrames)) return ranges;
  }
  return [{ start: 0, end: plan.totalFrames }];
}

/** How much better (as a share of the whole work) a cut among moving frames must balance to be taken. */
export const WORTH_A_MOVING_CUT = 0.01;

function workGap(costs: Float64Array, cut: number, share: number): number {
  return Math.abs(costs[cut]! / costs[costs.length - 1]! - share);
}

/**
 * The frame of `stretches` whose cut comes nearest to giving the first part `share` of the work. When the
 * share falls inside a transition, both ends of it are weighed by work, not frame count: the
 * transition's frames are the dear ones, and whichever part gets them is what decides the balance.
 */
function nearestByWork(
  stretches: readonly FrameRange[],
  costs: Float64Array,
  share: number,
): number | undefined {
  const wanted = frameAtCostShare(costs, share);
  const total = costs[costs.length - 1]!;
  let best: number | undefined;
  let bestGap = Infinity;
  for (const s of stretches) {
    // The share is reached between frames wanted − 1 and wanted: either may be nearer.
    for (const frame of [wanted - 1, wanted]) {
      const candidate = Math.min(Math.max(frame, s.start), s.end - 1);
      const gap = Math.abs(costs[candidate]! / total - share);
      if (gap < bestGap) {
        best = candidate;
        bestGap = gap;
      }
    }
  }
  return best;
}

/**
 * The first-part share that would have made two parts finish together, from one render: with the
 * first part taking share `f` of the frames in `first` seconds and the second the rest in
 * `second` seconds, each part's seconds per share of frames are `first / f` and `second / (1 − f)`,
 * and the parts end together at `f* = (second / (1 − f)) / (first / f + second / (1 − f))`.
 * Clamped to `SHARE_LIMITS`.
 */
export function balancedFirstShare(share: number, firstSeconds: number, secondSeconds: number): number {
  const firstRate = firstSeconds / share;
  const secondRate = secondSeconds / (1 - share);
  const balanced = secondRate / (firstRate + secondRate);
  if (!Number.isFinite(balanced)) return share;
  return Math.min(SHARE_LIMITS[1], Math.max(SHARE_LIMITS[0], balanced));
}

/**
 * Most a single render moves the learned share. One render's balanced share is noisy: on the
 * project's 2-vCPU machines one vCPU at times runs at a third of the other's speed for seconds,
 * and a render that ran then says "give the other part far more" (0.43 where quiet renders say
 * ≈ 0.5; the next renders, on even cores, then ended a second apart). A step this small lets a
 * real, lasting difference (the soundtrack the last part encodes) through over a few renders.
 */
export const SHARE_STEP = 0.02;

/** What one render adds to the learned shares: its balanced share, at most `SHARE_STEP` from the one in use. */
export function shareSample(inUse: number, balanced: number): number {
  return Math.min(inUse + SHARE_STEP, Math.max(inUse - SHARE_STEP, balanced));
}

/** The share to use next: the median of the recent balanced shares, or even when none. */
export function firstShareFrom(recent: readonly number[]): number {
  return recent.length === 0 ? EVEN_SHARE : medianOf(recent);
}

/** The median of a non-empty list. */
export function medianOf(recent: readonly number[]): number {
  const sorted = [...recent].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
