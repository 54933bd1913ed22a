import { describe, expect, it } from 'vitest';
import { assetsFor, timelineOf } from '../../../../../test/ffmpeg/plan-fixtures.js';
import { stillStretches } from './part-costs.js';
import {
  ENCODED_HOLD_FRAMES,
  framesDoneAfter,
  holdFilters,
  holdLayout,
  skippedFrameFlags,
} from './hold-frames.js';
import { planRender, type RenderPlan } from './render-plan.js';

function planOf(durations: number[]): RenderPlan {
  const timeline = timelineOf(durations, 'crossfade', 0.5);
  return planRender({ timeline, frame: { width: 540, height: 960 }, assets: assetsFor(timeline) });
}

describe('holds left to skipped frames', () => {
  const plan = planOf([3, 3, 3]);
  const whole = { start: 0, end: plan.totalFrames };
  const stills = stillStretches(plan);

  it('drops each hold after its first encoded frames, and says where each run goes back', () => {
    const layout = holdLayout(plan, whole, true);
    expect(layout.dropped).toEqual(stills.map((s) => ({ start: s.start + ENCODED_HOLD_FRAMES, end: s.end })));
    const droppedFrames = layout.dropped.reduce((n, d) => n + d.end - d.start, 0);
    expect(droppedFrames).toBeGreaterThan(plan.totalFrames / 3);
    expect(layout.keptFrames).toBe(plan.totalFrames - droppedFrames);
    // Each run follows the encoded frames before its first dropped frame.
    let before = 0;
    layout.runs.forEach((run, i) => {
      expect(run.afterKept).toBe(layout.dropped[i]!.start - before);
      expect(run.count).toBe(layout.dropped[i]!.end - layout.dropped[i]!.start);
      before += run.count;
    });
  });

  it('encodes every frame when skipping is off or captions are burned in', () => {
    expect(holdLayout(plan, whole, false)).toEqual({ keptFrames: plan.totalFrames, dropped: [], runs: [] });
    const captioned = {
      ...plan,
      captions: { path: '/tmp/c.ass', fontsDir: '/tmp' },
    } as unknown as RenderPlan;
    expect(holdLayout(captioned, whole, true).runs).toEqual([]);
    expect(holdFilters(holdLayout(plan, whole, false), whole, 30)).toBeUndefined();
  });

  it('a part starting inside a hold encodes its first frame and the next ones before dropping', () => {
    const hold = stills[1]!;
    const start = hold.start + 20;
    const layout = holdLayout(plan, { start, end: plan.totalFrames }, true);
    expect(layout.dropped[0]).toEqual({ start: start + 1 + ENCODED_HOLD_FRAMES, end: hold.end });
    expect(layout.runs[0]).toEqual({
      afterKept: 1 + ENCODED_HOLD_FRAMES,
      count: hold.end - start - 1 - ENCODED_HOLD_FRAMES,
    });
  });

  it('counts a run as done once the frames before it are', () => {
    const layout = holdLayout(plan, whole, true);
    const [first, second] = layout.runs;
    expect(framesDoneAfter(layout, first!.afterKept - 1)).toBe(first!.afterKept - 1);
    expect(framesDoneAfter(layout, first!.afterKept)).toBe(first!.afterKept + first!.count);
    expect(framesDoneAfter(layout, second!.afterKept)).toBe(second!.afterKept + first!.count + second!.count);
    expect(framesDoneAfter(layout, layout.keptFrames)).toBe(plan.totalFrames);
  });

  it('selects the kept frames and forces an IDR picture after every run but one at the end', () => {
    const layout = holdLayout(plan, whole, true);
    const held = holdFilters(layout, whole, 30)!;
    const between = layout.dropped.map((d) => `between(n\\,${d.start}\\,${d.end - 1})`).join('+');
    expect(held.filters).toBe(`select=not(${between}),setpts=N/(30*TB)`);
    const inside = layout.runs
      .filter((r) => r.afterKept < layout.keptFrames)
      .map((r) => `eq(n,${r.afterKept})`);
    expect(inside.length).toBe(layout.runs.length - 1); // the last hold ends the render
    expect(held.encoderOptions).toEqual([
      '-force_key_frames',
      `expr:${inside.join('+')}`,
      '-forced-idr',
      '1',
    ]);
  });

  it('flags the dropped frames of the whole render for the cost model', () => {
    const flags = skippedFrameFlags(plan, true);
    const layout = holdLayout(plan, whole, true);
    expect(flags.reduce((n, f) => n + f, 0)).toBe(plan.totalFrames - layout.keptFrames);
    expect(flags[layout.dropped[0]!.start]).toBe(1);
    expect(flags[layout.dropped[0]!.start - 1]).toBe(0);
    expect(skippedFrameFlags(plan, false).every((f) => f === 0)).toBe(true);
  });
});
