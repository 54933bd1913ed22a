import type { FrameRange } from './filter-graph.js';
import { isVideoClip, type RenderPlan } from './render-plan.js';

/**
 * What a frame costs to make and encode, relative to a still one. A still frame (text at rest over
 * a still background) is one looped picture that x264 codes as skips; a moving one (entrance,
 * transition, clip background) is composed anew and coded with motion search and intra blocks.
 * How much dearer the moving ones are depends on the machine (SIMD, caches) and is measured on it
 * from each render's progress (`fitMovingCost`); this is only the value before any measurement.
 */
export const DEFAULT_MOVING_COST = 1;
/** Measured costs are kept inside this range: a freak measurement never makes the split absurd. */
export const MOVING_COST_LIMITS = [1, 8] as const;

/** Output frames f where frames f − 1 and f show the same still picture, so a part may start at f. */
export function stillStretches(plan: RenderPlan): FrameRange[] {
  return plan.scenes.flatMap((scene) => {
    if (isVideoClip(scene.background)) return [];
    const firstStill = scene.startFrame + Math.max(scene.headFrames, scene.motionEndFrame);
    const end = scene.startFrame + scene.frameCount;
    return firstStill + 1 < end ? [{ start: firstStill + 1, end }] : [];
  });
}

/**
 * Output frames where a part may start at all: anywhere in a scene over a still background whose
 * transition in (if any) comes from a still background too. The graph makes a transition whole and
 * trims it when a part starts or ends inside (filter-graph.ts); a moving clip would have to be
 * decoded from its start, so clip scenes are never cut. ffmpeg's xfade does not give the same
 * frames when its clip is trimmed (test/ffmpeg/transition-cut.test.ts), so its transitions are
 * not cut either.
 */
export function cuttableStretches(plan: RenderPlan): FrameRange[] {
  return plan.scenes.flatMap((scene, i) => {
    const previous = plan.scenes[i - 1];
    if (isVideoClip(scene.background) || (previous && isVideoClip(previous.background))) return [];
    const start = Math.max(
      1,
      scene.startFrame + (scene.transitionIn.type === 'xfade' ? scene.headFrames : 0),
    );
    const end = scene.startFrame + scene.frameCount;
    return start < end ? [{ start, end }] : [];
  });
}

/** 1 for each output frame that repeats the picture before it, 0 for a moving one. */
export function stillFrames(plan: RenderPlan): Uint8Array {
  return framesIn(stillStretches(plan), plan.totalFrames);
}

/** 1 for each of `length` frames inside one of `stretches`, else 0. */
export function framesIn(stretches: readonly FrameRange[], length: number): Uint8Array {
  const flags = new Uint8Array(length);
  for (const stretch of stretches) flags.fill(1, stretch.start, stretch.end);
  return flags;
}

/**
 * Cumulative cost: `result[f]` is the cost of frames 0 … f − 1 (so `result[totalFrames]` is all).
 * A frame flagged in `skipped` costs nothing: x264 never sees it (hold-frames.ts).
 */
export function cumulativeCosts(still: Uint8Array, movingCost: number, skipped?: Uint8Array): Float64Array {
  const sums = new Float64Array(still.length + 1);
  for (let f = 0; f < still.length; f += 1) {
    sums[f + 1] = sums[f]! + (skipped?.[f] ? 0 : still[f] ? 1 : movingCost);
  }
  return sums;
}

/** The first frame where the cost of the frames before it reaches `share` of the whole. */
export function frameAtCostShare(sums: Float64Array, share: number): number {
  const wanted = sums[sums.length - 1]! * share;
  let low = 0;
  let high = sums.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sums[middle]! < wanted) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A part's progress: `framesDone` of its frames were written `seconds` after it started. */
export interface PartProgressPoint {
  readonly seconds: number;
  readonly framesDone: number;
}

/** One part's progress over its run, with the output frame it starts at. */
export interface PartProgress {
  readonly startFrame: number;
  readonly points: readonly PartProgressPoint[];
}

/**
 * The cost of a moving frame relative to a still one, fitted from the parts' progress: between two
 * progress lines a part spent `dt = s·still + m·moving` seconds, for the still and moving frames it
 * wrote in between; least squares over all such intervals gives `s` and `m`, and the answer is
 * `m / s` (clamped to MOVING_COST_LIMITS); frames flagged in `skipped` are not counted. The first interval of a part holds its start-up
 * (reading inputs, x264's lookahead) and is left out. Undefined when the intervals do not tell the
 * two apart (too few, or all of one kind).
 */
export function fitMovingCost(
  still: Uint8Array,
  parts: readonly PartProgress[],
  skipped?: Uint8Array,
): number | undefined {
  let ss = 0;
  let sm = 0;
  let mm = 0;
  let sd = 0;
  let md = 0;
  let intervals = 0;
  for (const part of parts) {
    const points = part.points;
    for (let k = 2; k < points.length; k += 1) {
      const from = part.startFrame + Math.round(points[k - 1]!.framesDone);
      const to = part.startFrame + Math.round(points[k]!.framesDone);
      const dt = points[k]!.seconds - points[k - 1]!.seconds;
      if (to <= from || !(dt > 0)) continue;
      // Skipped frames (hold-frames.ts) took no encoding time: neither kind.
      let stillCount = 0;
      let movingCount = 0;
      for (let f = from; f < to && f < still.length; f += 1) {
        if (skipped?.[f]) continue;
        if (still[f]) stillCount += 1;
        else movingCount += 1;
      }
      ss += stillCount * stillCount;
      sm += stillCount * movingCount;
      mm += movingCount * movingCount;
      sd += stillCount * dt;
      md += movingCount * dt;
      intervals += 1;
    }
  }
  const determinant = ss * mm - sm * sm;
  // Both kinds must vary independently across intervals, not only appear.
  if (intervals < 4 || !(determinant > 1e-9 * ss * mm)) return undefined;
  const s = (sd * mm - md * sm) / determinant;
  const m = (md * ss - sd * sm) / determinant;
  if (!(s > 0) || !(m > 0)) return undefined;
  return Math.min(MOVING_COST_LIMITS[1], Math.max(MOVING_COST_LIMITS[0], m / s));
}

/** Collects each part's progress lines with their time, for `fitMovingCost`. */
export class PartProgressLog {
  readonly #started = performance.now();
  readonly #points: PartProgressPoint[][];

  constructor(private readonly startFrames: readonly number[]) {
    this.#points = startFrames.map(() => []);
  }

  record(part: number, framesDone: number): void {
    this.#points[part]?.push({ seconds: (performance.now() - this.#started) / 1000, framesDone });
  }

  parts(): PartProgress[] {
    return this.startFrames.map((startFrame, i) => ({ startFrame, points: this.#points[i]! }));
  }
}

/** The share of the whole work (in cost units) that frames before `frame` hold. */
export function costShareBefore(sums: Float64Array, frame: number): number {
  const total = sums[sums.length - 1]!;
  return total > 0 ? sums[frame]! / total : 0;
}
