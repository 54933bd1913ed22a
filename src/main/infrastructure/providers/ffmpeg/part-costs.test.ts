import { describe, expect, it } from 'vitest';
import { assetsFor, timelineOf } from '../../../../../test/ffmpeg/plan-fixtures.js';
import {
  costShareBefore,
  cumulativeCosts,
  fitMovingCost,
  frameAtCostShare,
  MOVING_COST_LIMITS,
  cuttableStretches,
  stillFrames,
  stillStretches,
  type PartProgress,
} from './part-costs.js';
import { planParts, WORTH_A_MOVING_CUT } from './render-parts.js';
import { planRender, type RenderPlan } from './render-plan.js';

function planOf(durations: number[], transitionSeconds = 0.5): RenderPlan {
  const timeline = timelineOf(durations, 'crossfade', transitionSeconds);
  return planRender({ timeline, frame: { width: 540, height: 960 }, assets: assetsFor(timeline) });
}

/** Progress lines every `every` seconds of a part whose frames cost `still` / `moving` seconds. */
function simulatedPart(
  flags: Uint8Array,
  start: number,
  end: number,
  cost: { still: number; moving: number; startup: number },
  every = 0.5,
): PartProgress {
  const points = [];
  let seconds = cost.startup;
  let next = every;
  for (let f = start; f < end; f += 1) {
    seconds += flags[f] ? cost.still : cost.moving;
    while (seconds >= next) {
      points.push({ seconds: next, framesDone: f - start });
      next += every;
    }
  }
  points.push({ seconds, framesDone: end - start });
  return { startFrame: start, points };
}

describe('stillFrames and cumulative costs', () => {
  it('marks the settled frames still and entrances and transitions moving', () => {
    const plan = planOf([4, 4]);
    const still = stillFrames(plan);
    expect(still).toHaveLength(plan.totalFrames);
    expect(still[0]).toBe(0); // the hook's entrance
    expect(still[100]).toBe(1); // hook at rest
    const second = plan.scenes[1]!;
    expect(still[second.startFrame + 1]).toBe(0); // inside the transition
    expect(still[plan.totalFrames - 1]).toBe(1);
  });

  it('weighs moving frames and finds the frame at a share of the work', () => {
    const flags = Uint8Array.from([0, 0, 1, 1, 1, 1]);
    const sums = cumulativeCosts(flags, 3);
    expect(Array.from(sums)).toEqual([0, 3, 6, 7, 8, 9, 10]);
    expect(frameAtCostShare(sums, 0.5)).toBe(2); // 6 of 10 reached before frame 2
    expect(frameAtCostShare(sums, 0)).toBe(0);
    expect(frameAtCostShare(sums, 1)).toBe(6);
    expect(costShareBefore(sums, 2)).toBeCloseTo(0.6);
  });
});

describe('planParts with a moving-frame cost', () => {
  it('gives the part holding more moving frames fewer frames', () => {
    // Short scenes first (entrances and transitions bunch up), long still ones after.
    const plan = planOf([2, 2, 2, 2, 8, 8]);
    const byFrames = planParts(plan, 2, 0.5, 1);
    const byWork = planParts(plan, 2, 0.5, 3);
    expect(byWork[0]!.end).toBeLessThan(byFrames[0]!.end);
    const still = stillFrames(plan);
    expect(still[byWork[0]!.end - 1] && still[byWork[0]!.end]).toBe(1);
    // Equal work on both sides, within one scene's worth of frames.
    const sums = cumulativeCosts(still, 3);
    expect(Math.abs(costShareBefore(sums, byWork[0]!.end) - 0.5)).toBeLessThan(0.1);
  });
});

describe('the cut by work', () => {
  it('is the still frame nearest the share of the work, or a moving one when that is clearly nearer', () => {
    // A moving clip in the middle makes the wanted cut fall inside it; the cut must go to the side
    // that leaves the shares nearest, counted in work.
    for (const [durations, clips] of [
      [[4, 4, 8], [1]],
      [
        [4, 6, 4, 8],
        [1, 2],
      ],
      [[3, 3, 3, 3, 3, 3], []],
      [[1.5, 1.5, 1.5, 1.5, 6], []],
    ] as const) {
      const timeline = timelineOf([...durations]);
      const assets = assetsFor(timeline).map((a, i) =>
        (clips as readonly number[]).includes(i)
          ? { ...a, background: { path: `/clip-${i}.mp4`, clip: true as const } }
          : a,
      );
      const plan = planRender({ timeline, frame: { width: 540, height: 960 }, assets });
      const still = stillFrames(plan);
      for (const share of [0.4, 0.5, 0.6]) {
        const sums = cumulativeCosts(still, 3);
        const parts = planParts(plan, 2, share, 3);
        expect(parts).toHaveLength(2);
        const gapAt = (cut: number) => Math.abs(costShareBefore(sums, cut) - share);
        const bestIn = (stretches: readonly { start: number; end: number }[]) => {
          let best = Infinity;
          for (const stretch of stretches)
            for (let f = stretch.start; f < stretch.end; f += 1) best = Math.min(best, gapAt(f));
          return best;
        };
        // A part may start at any frame of a still stretch (the frame before shows the same
        // picture), or anywhere outside a clip scene when that is clearly better balanced.
        const bestStill = bestIn(stillStretches(plan));
        const bestAnywhere = bestIn(cuttableStretches(plan));
        const expected = bestAnywhere + WORTH_A_MOVING_CUT < bestStill ? bestAnywhere : bestStill;
        expect(gapAt(parts[0]!.end)).toBeCloseTo(expected, 9);
      }
    }
  });
});

describe('fitMovingCost', () => {
  const plan = planOf([3, 3, 3, 3, 3, 3, 3, 3]);
  const still = stillFrames(plan);
  const middle = Math.floor(plan.totalFrames / 2);

  it('recovers how much dearer a moving frame is from the parts’ progress lines', () => {
    for (const ratio of [1.5, 3, 5]) {
      const cost = { still: 0.008, moving: 0.008 * ratio, startup: 0.3 };
      const parts = [
        simulatedPart(still, 0, middle, cost),
        simulatedPart(still, middle, plan.totalFrames, cost),
      ];
      expect(fitMovingCost(still, parts)).toBeCloseTo(ratio, 0);
    }
  });

  it('says nothing when the intervals cannot tell the kinds apart', () => {
    const allStill = new Uint8Array(600).fill(1);
    const cost = { still: 0.008, moving: 0.024, startup: 0.3 };
    expect(fitMovingCost(allStill, [simulatedPart(allStill, 0, 600, cost)])).toBeUndefined();
    const few = simulatedPart(still, 0, 40, cost);
    expect(fitMovingCost(still, [few])).toBeUndefined();
  });

  it('keeps a freak measurement inside the limits', () => {
    const cost = { still: 0.001, moving: 0.1, startup: 0 };
    const fitted = fitMovingCost(still, [simulatedPart(still, 0, plan.totalFrames, cost)]);
    expect(fitted).toBe(MOVING_COST_LIMITS[1]);
  });
});

describe('cuttableStretches', () => {
  it('never offers a cut inside a clip scene, its transition, or an xfade transition', () => {
    const timeline = timelineOf([3, 3, 3, 3]);
    const assets = assetsFor(timeline).map((a, i) =>
      i === 2 ? { ...a, background: { path: '/clip.mp4', clip: true as const } } : a,
    );
    const plan = planRender({ timeline, frame: { width: 540, height: 960 }, assets });
    const stretches = cuttableStretches(plan);
    const inside = (f: number) => stretches.some((s) => f >= s.start && f < s.end);
    const [s0, s1, s2, s3] = plan.scenes;
    expect(inside(0)).toBe(false);
    expect(inside(3)).toBe(true);
    expect(inside(s1!.startFrame + 2)).toBe(true); // inside the transition into scene 1
    expect(inside(s2!.startFrame + 40)).toBe(false); // the clip scene
    expect(inside(s3!.startFrame + 2)).toBe(false); // the transition out of the clip
    expect(inside(s3!.startFrame + s3!.headFrames + 5)).toBe(false);
    expect(s0!.frameCount).toBeGreaterThan(0);
    const xfade = planRender({
      timeline,
      frame: { width: 540, height: 960 },
      assets: assetsFor(timeline),
      transitionEngine: 'xfade',
    });
    const xfadeStretches = cuttableStretches(xfade);
    const scene1 = xfade.scenes[1]!;
    expect(
      xfadeStretches.some((s) => scene1.startFrame + 2 >= s.start && scene1.startFrame + 2 < s.end),
    ).toBe(false);
    expect(xfadeStretches.some((s) => s.start === scene1.startFrame + scene1.headFrames)).toBe(true);
  });
});
