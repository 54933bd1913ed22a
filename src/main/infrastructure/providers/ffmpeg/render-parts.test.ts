import { describe, expect, it } from 'vitest';
import { assetsFor, timelineOf } from '../../../../../test/ffmpeg/plan-fixtures.js';
import {
  balancedFirstShare,
  firstShareFrom,
  shareSample,
  SHARE_STEP,
  MIN_PART_SECONDS,
  partsFor,
  planParts,
  SHARE_LIMITS,
} from './render-parts.js';
import { stillStretches } from './part-costs.js';
import { planRender, type RenderPlan } from './render-plan.js';

const frame = { width: 540, height: 960 };

function planOf(durations: number[], clipScenes: number[] = []): RenderPlan {
  const timeline = timelineOf(durations);
  const assets = assetsFor(timeline).map((a, i) =>
    clipScenes.includes(i) ? { ...a, background: { path: `/clip-${i}.mp4`, clip: true as const } } : a,
  );
  return planRender({ timeline, frame, assets });
}

/** True when output frame f shows a scene's text at rest over its still background, outside any transition. */
function isStill(plan: RenderPlan, f: number): boolean {
  return plan.scenes.some(
    (s) =>
      !('clip' in s.background) &&
      f >= s.startFrame + Math.max(s.headFrames, s.motionEndFrame) &&
      f < s.startFrame + s.frameCount,
  );
}

describe('partsFor', () => {
  it('splits on small machines only', () => {
    expect(partsFor(1)).toBe(1);
    expect(partsFor(2)).toBe(2);
    expect(partsFor(4)).toBe(2);
    expect(partsFor(8)).toBe(1);
  });
});

describe('stillStretches', () => {
  it('lists the frames after the text has settled and before the scene ends, never in a transition', () => {
    const plan = planOf([4, 4, 4]);
    const stretches = stillStretches(plan);
    expect(stretches).toHaveLength(3);
    for (const s of stretches) {
      for (let f = s.start; f < s.end; f += 1) {
        expect(isStill(plan, f) && isStill(plan, f - 1), `frame ${f}`).toBe(true);
      }
    }
    const scene1 = plan.scenes[1]!;
    expect(stretches[1]).toEqual({
      start: scene1.startFrame + Math.max(scene1.headFrames, scene1.motionEndFrame) + 1,
      end: scene1.startFrame + scene1.frameCount,
    });
  });

  it('has none over a moving background clip', () => {
    expect(stillStretches(planOf([4, 4, 4], [0, 1, 2]))).toEqual([]);
    expect(stillStretches(planOf([4, 4, 4], [1]))).toHaveLength(2);
  });
});

describe('planParts', () => {
  it('cuts near the middle, at a still frame, into parts that cover every frame once', () => {
    const plan = planOf([4, 4, 4, 4]);
    const parts = planParts(plan, 2);
    expect(parts).toHaveLength(2);
    expect(parts[0]!.start).toBe(0);
    expect(parts[0]!.end).toBe(parts[1]!.start);
    expect(parts[1]!.end).toBe(plan.totalFrames);
    const cut = parts[1]!.start;
    expect(isStill(plan, cut) && isStill(plan, cut - 1)).toBe(true);
    expect(Math.abs(cut - plan.totalFrames / 2)).toBeLessThan(plan.fps);
  });

  it('makes three parts when asked and the video allows', () => {
    const parts = planParts(planOf([4, 4, 4, 4, 4, 4]), 3);
    expect(parts).toHaveLength(3);
    expect(parts.map((p) => p.end - p.start).every((n) => n >= MIN_PART_SECONDS * 30)).toBe(true);
  });

  it('keeps one part when the video is short or never stands still', () => {
    expect(planParts(planOf([2, 2]), 2)).toEqual([{ start: 0, end: 120 }]);
    expect(planParts(planOf([4, 4, 4], [0, 1, 2]), 2)).toEqual([{ start: 0, end: 360 }]);
    expect(planParts(planOf([4, 4, 4, 4]), 1)).toEqual([{ start: 0, end: 480 }]);
  });

  it('moves the cut to the nearest still picture when the middle is moving', () => {
    // Scene 1 (frames 120–239) plays a clip, so the middle of this 360-frame video cannot be cut.
    const plan = planOf([4, 4, 4], [1]);
    const [first, second] = planParts(plan, 2);
    // Scene 0's last still frame (119) is nearer the middle than scene 2's first (after its text settles).
    expect(first).toEqual({ start: 0, end: 119 });
    expect(second).toEqual({ start: 119, end: 360 });
    expect(stillStretches(plan)[1]!.start - 180).toBeGreaterThan(180 - 119);
  });
});

describe('planParts with a first-part share', () => {
  it('cuts nearer the share asked for, still on a still frame', () => {
    const plan = planOf([5, 5, 5, 5, 5, 5]);
    const even = planParts(plan, 2);
    const smaller = planParts(plan, 2, 0.4);
    expect(smaller).toHaveLength(2);
    expect(smaller[0]!.end).toBeLessThan(even[0]!.end);
    expect(Math.abs(smaller[0]!.end - plan.totalFrames * 0.4)).toBeLessThan(plan.totalFrames * 0.1);
    expect(isStill(plan, smaller[0]!.end - 1) && isStill(plan, smaller[0]!.end)).toBe(true);
  });
});

describe('shareSample', () => {
  it('keeps what one render says within SHARE_STEP of the share in use', () => {
    expect(shareSample(0.5, 0.51)).toBe(0.51);
    expect(shareSample(0.5, 0.3)).toBeCloseTo(0.5 - SHARE_STEP, 9);
    expect(shareSample(0.5, 0.65)).toBeCloseTo(0.5 + SHARE_STEP, 9);
  });
});

describe('balancedFirstShare', () => {
  it('gives the slower part fewer frames, so both would end together', () => {
    // Even halves: the second part (which also encodes the soundtrack) took 6 s, the first 5 s.
    const share = balancedFirstShare(0.5, 5, 6);
    expect(share).toBeCloseTo(6 / 11, 6);
    // Check: at that share, with the same seconds per share of frames, both take as long.
    expect((5 / 0.5) * share).toBeCloseTo((6 / 0.5) * (1 - share), 6);
  });

  it('keeps an equal render even and clamps freak measurements', () => {
    expect(balancedFirstShare(0.5, 4, 4)).toBeCloseTo(0.5, 9);
    expect(balancedFirstShare(0.5, 1, 30)).toBe(SHARE_LIMITS[1]);
    expect(balancedFirstShare(0.5, 30, 1)).toBe(SHARE_LIMITS[0]);
    expect(balancedFirstShare(0.5, 0, 0)).toBe(0.5);
  });

  it('uses the median of recent shares, or even halves before any', () => {
    expect(firstShareFrom([])).toBe(0.5);
    expect(firstShareFrom([0.6, 0.4, 0.55])).toBe(0.55);
    expect(firstShareFrom([0.6, 0.5])).toBeCloseTo(0.55, 9);
  });
});
