import { describe, expect, it } from 'vitest';
import { assetsFor, timelineOf } from '../../../../../test/ffmpeg/plan-fixtures.js';
import { cumulativeCosts, stillFrames } from './part-costs.js';
import {
  halvingFrame,
  MIN_REBALANCED_FRAMES,
  secondsLeft,
  startableFrames,
  worthRebalancing,
} from './part-rebalance.js';
import { planRender, type RenderPlan } from './render-plan.js';

function planOf(durations: number[], transitionEngine?: 'xfade'): RenderPlan {
  const timeline = timelineOf(durations, 'crossfade', 0.5);
  return planRender({
    timeline,
    frame: { width: 540, height: 960 },
    assets: assetsFor(timeline),
    ...(transitionEngine ? { transitionEngine } : {}),
  });
}

/** Every frame costs 1 (still) or 3 (moving). */
const flat = (frames: number) => cumulativeCosts(new Uint8Array(frames).fill(1), 3);

describe('secondsLeft', () => {
  it('is the pace between the first and latest reports times the work left, less the time since', () => {
    const costs = flat(300);
    // 100 frames in 2 s between the reports (0.02 s a frame), 150 left, reported 0.5 s ago.
    const part = {
      range: { start: 100, end: 300 },
      first: { seconds: 0.5, framesDone: 10 },
      latest: { seconds: 2.5, framesDone: 110 },
      seconds: 3,
    };
    expect(secondsLeft(costs, part)).toBeCloseTo(0.02 * 90 - 0.5, 6);
  });

  it('weighs moving frames by their cost', () => {
    // Frames 0–99 still (cost 1), 100–199 moving (cost 3): the moving rest takes three times as long.
    const flags = new Uint8Array(200).fill(1, 0, 100);
    const part = {
      range: { start: 0, end: 200 },
      first: { seconds: 1, framesDone: 0 },
      latest: { seconds: 2, framesDone: 100 },
      seconds: 2,
    };
    expect(secondsLeft(cumulativeCosts(flags, 3), part)).toBeCloseTo(3, 6);
  });

  it('is unknown until two reports show frames done, and never below zero', () => {
    const costs = flat(100);
    const range = { start: 0, end: 100 };
    expect(secondsLeft(costs, { range, seconds: 1 })).toBeUndefined();
    const once = { seconds: 0.4, framesDone: 1 };
    expect(secondsLeft(costs, { range, first: once, latest: once, seconds: 1 })).toBeUndefined();
    const late = { range, first: once, latest: { seconds: 0.5, framesDone: 99 }, seconds: 9 };
    expect(secondsLeft(costs, late)).toBe(0);
  });
});

describe('worthRebalancing', () => {
  const plan = planOf([4, 4, 4]);
  const costs = cumulativeCosts(stillFrames(plan), 3);
  const startable = startableFrames(plan);
  const running = (framesDone: number, secondsPerFrame: number) => ({
    range: { start: 0, end: plan.totalFrames },
    first: { seconds: 0.2, framesDone: 0 },
    latest: { seconds: 0.2 + framesDone * secondsPerFrame, framesDone },
    seconds: 0.2 + framesDone * secondsPerFrame,
  });

  it('shares a part that would run at least the threshold longer alone', () => {
    // 360 frames; 60 done at a slow pace: far more than 1.5 s left.
    expect(worthRebalancing(costs, startable, running(60, 0.05))).toBe(true);
    // Nearly done: less than the threshold left.
    expect(worthRebalancing(costs, startable, running(350, 0.001))).toBe(false);
  });

  it('keeps a part with fewer than two new parts of frames left, or without a known pace', () => {
    expect(
      worthRebalancing(costs, startable, running(plan.totalFrames - 2 * MIN_REBALANCED_FRAMES + 1, 1)),
    ).toBe(false);
    const unknown = { range: { start: 0, end: plan.totalFrames }, seconds: 5 };
    expect(worthRebalancing(costs, startable, unknown)).toBe(false);
    // With no threshold (tests), any part with frames enough to split is shared.
    expect(worthRebalancing(costs, startable, unknown, 0)).toBe(true);
  });

  it('never shares a part whose rest holds a frame no part may start at (an xfade transition)', () => {
    const xfade = planOf([4, 4, 4], 'xfade');
    const xfadeCosts = cumulativeCosts(stillFrames(xfade), 3);
    expect(worthRebalancing(xfadeCosts, startableFrames(xfade), running(60, 0.05))).toBe(false);
    expect(worthRebalancing(costs, startable, running(60, 0.05))).toBe(true);
  });
});

describe('halvingFrame', () => {
  it('cuts the rest where the work on both sides is equal', () => {
    const costs = flat(301);
    const startable = new Uint8Array(302).fill(1);
    expect(halvingFrame(costs, startable, { start: 101, end: 301 })).toBe(201);
    // Frames 0–49 moving (cost 3: 150), 50–199 still (150): half the work is done at frame 50.
    const flags = new Uint8Array(200).fill(1, 50);
    const everywhere = new Uint8Array(201).fill(1);
    expect(halvingFrame(cumulativeCosts(flags, 3), everywhere, { start: 0, end: 200 })).toBe(50);
  });

  it('keeps each side at least MIN_REBALANCED_FRAMES and cuts only where a part may start', () => {
    // Frames 0–24 moving at cost 8 (200), 25–199 still (175): half the work lies near frame 23,
    // yet the first side still gets its minimum.
    const flags = new Uint8Array(200).fill(1, 25);
    const everywhere = new Uint8Array(201).fill(1);
    expect(halvingFrame(cumulativeCosts(flags, 8), everywhere, { start: 0, end: 200 })).toBe(
      MIN_REBALANCED_FRAMES,
    );
    const costs = flat(200);
    const someStartable = new Uint8Array(201);
    someStartable[0] = 1;
    someStartable[120] = 1;
    expect(halvingFrame(costs, someStartable, { start: 0, end: 200 })).toBe(120);
    expect(
      halvingFrame(costs, someStartable, { start: 0, end: 2 * MIN_REBALANCED_FRAMES - 1 }),
    ).toBeUndefined();
    // The rest must itself begin where a part may start.
    expect(halvingFrame(costs, someStartable, { start: 1, end: 200 })).toBeUndefined();
  });
});

describe('startableFrames', () => {
  it('marks every frame but the first of a render over still pictures', () => {
    const plan = planOf([4, 4]);
    const startable = startableFrames(plan);
    expect(startable[0]).toBe(0);
    expect(startable.subarray(1, plan.totalFrames).every((flag) => flag === 1)).toBe(true);
  });
});
