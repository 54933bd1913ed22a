import type { FrameRange } from './filter-graph.js';
import { cuttableStretches, framesIn } from './part-costs.js';
import type { RenderPlan } from './render-plan.js';

/**
 * When one of two parts side by side is done and the other would still run this long alone, the
 * other is finished early and the rest of its frames split between both cores. Below it, the
 * split costs about what it saves: ≈ 0.5 s for the running ffmpeg to encode what it holds and
 * close its file (one core idle meanwhile), and two ffmpeg starts. Parts planned well end within
 * ≈ 0.3 s of each other; this is for the render where one core turned slow under it (on the
 * project's 2-vCPU machines one vCPU at times runs at a third of the other's speed for seconds:
 * README "Speed").
 */
export const REBALANCE_WORTH_SECONDS = 1.5;

/** At most this many rebalancings per render: each costs a stop and two starts. */
export const MAX_REBALANCES = 2;

/** A new part gets at least this many frames (a second at 30 fps): fewer is not worth a process. */
export const MIN_REBALANCED_FRAMES = 30;

/** A progress report of a running part: `framesDone` of its frames written `seconds` after it started. */
export interface PartReport {
  readonly seconds: number;
  readonly framesDone: number;
}

/** A part still running: its frames, its first and latest progress reports, and how long it has run. */
export interface RunningPart {
  readonly range: FrameRange;
  readonly first?: PartReport;
  readonly latest?: PartReport;
  readonly seconds: number;
}

/**
 * Seconds `part` needs for the rest of its frames at the pace it has kept between its first and
 * latest reports (so neither its start-up nor x264's lookahead filling counts), its moving frames
 * weighed by `costs` (cumulative, see part-costs.ts), less the time since the latest report.
 * Undefined until two reports show frames done.
 */
export function secondsLeft(costs: Float64Array, part: RunningPart): number | undefined {
  const { first, latest, range } = part;
  if (!first || !latest) return undefined;
  const frameAt = (report: PartReport) =>
    Math.min(range.end, range.start + Math.max(0, Math.floor(report.framesDone)));
  const done = costs[frameAt(latest)]! - costs[frameAt(first)]!;
  const took = latest.seconds - first.seconds;
  if (!(done > 0) || !(took > 0)) return undefined;
  const left = costs[range.end]! - costs[frameAt(latest)]!;
  return Math.max(0, (took * left) / done - (part.seconds - latest.seconds));
}

/**
 * Whether the running `part` should be finished early and its rest shared: it would run at least
 * `worthSeconds` more alone, and a part may start anywhere in its rest (so wherever it stops, the
 * rest can go on from there).
 */
export function worthRebalancing(
  costs: Float64Array,
  startable: Uint8Array,
  part: RunningPart,
  worthSeconds = REBALANCE_WORTH_SECONDS,
): boolean {
  const left = secondsLeft(costs, part);
  // With no threshold (tests) any work left is worth sharing, even before a pace is known.
  if (left === undefined ? worthSeconds > 0 : left < worthSeconds) return false;
  const at = part.range.start + Math.floor(part.latest?.framesDone ?? 0);
  if (part.range.end - at < 2 * MIN_REBALANCED_FRAMES) return false;
  for (let f = Math.max(at, part.range.start + 1); f < part.range.end; f += 1)
    if (!startable[f]) return false;
  return true;
}

/** 1 for each output frame where a part may start (see `cuttableStretches`), else 0. */
export function startableFrames(plan: RenderPlan): Uint8Array {
  return framesIn(cuttableStretches(plan), plan.totalFrames + 1);
}

/**
 * Where to cut frames [from, end) into two parts of equal work: the startable frame nearest the
 * middle of their cost, each side keeping `MIN_REBALANCED_FRAMES`. Undefined when `from` itself
 * cannot start a part or no such frame exists.
 */
export function halvingFrame(
  costs: Float64Array,
  startable: Uint8Array,
  range: FrameRange,
): number | undefined {
  if (!startable[range.start]) return undefined;
  const middle = (costs[range.start]! + costs[range.end]!) / 2;
  let best: number | undefined;
  let bestGap = Infinity;
  for (let f = range.start + MIN_REBALANCED_FRAMES; f <= range.end - MIN_REBALANCED_FRAMES; f += 1) {
    const gap = Math.abs(costs[f]! - middle);
    if (startable[f] && gap < bestGap) {
      best = f;
      bestGap = gap;
    }
  }
  return best;
}
