import { describe, expect, it } from 'vitest';
import { buildTimeline } from '#core/timeline/build-timeline.js';
import { BUILTIN_CHANNEL_IDS, BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import { validScript } from '#core/test-scripts.js';
import { planSequences, plannedTotalFrames, type PlannableScene } from './sequence-plan.js';

describe('planSequences', () => {
  it.each(BUILTIN_CHANNEL_IDS)('keeps the %s timeline length and starts every scene on its frame', (id) => {
    const timeline = buildTimeline(validScript({ channel: id }), BUILTIN_CHANNELS[id]);
    const plan = planSequences(timeline.scenes, timeline.fps);
    expect(plannedTotalFrames(plan)).toBe(Math.round(timeline.durationSeconds * timeline.fps));
    // Where TransitionSeries starts each sequence: previous sequences minus their overlaps.
    let start = 0;
    plan.forEach((sequence, i) => {
      expect(start).toBe(Math.round(timeline.scenes[i]!.startSeconds * timeline.fps));
      start += sequence.durationInFrames - (sequence.transitionOut?.frames ?? 0);
    });
  });

  it('lengthens a sequence by the transition into the next scene', () => {
    const scenes: PlannableScene[] = [
      { index: 0, startSeconds: 0, durationSeconds: 2 },
      { index: 1, startSeconds: 2, durationSeconds: 3, transitionIn: { kind: 'wipe', durationSeconds: 0.5 } },
      { index: 2, startSeconds: 5, durationSeconds: 1, transitionIn: { kind: 'cut', durationSeconds: 0 } },
    ];
    const plan = planSequences(scenes, 30);
    expect(plan.map((s) => s.durationInFrames)).toEqual([75, 90, 30]);
    expect(plan[0]!.transitionOut).toEqual({ kind: 'wipe', frames: 15 });
    expect(plan[1]!.transitionOut).toBeUndefined();
    expect(plannedTotalFrames(plan)).toBe(180);
  });

  it('never makes a transition longer than either neighbouring scene', () => {
    const scenes: PlannableScene[] = [
      { index: 0, startSeconds: 0, durationSeconds: 0.2 },
      {
        index: 1,
        startSeconds: 0.2,
        durationSeconds: 1,
        transitionIn: { kind: 'zoom', durationSeconds: 0.6 },
      },
    ];
    const plan = planSequences(scenes, 30);
    expect(plan[0]!.transitionOut).toEqual({ kind: 'zoom', frames: 6 });
    expect(plannedTotalFrames(plan)).toBe(36);
  });

  it('converts seconds that are float-inexact multiples of a frame without losing one', () => {
    const scenes: PlannableScene[] = [
      { index: 0, startSeconds: 0, durationSeconds: 61 / 30 },
      {
        index: 1,
        startSeconds: 61 / 30,
        durationSeconds: 29 / 30,
        transitionIn: { kind: 'crossfade', durationSeconds: 7 / 30 },
      },
    ];
    expect(plannedTotalFrames(planSequences(scenes, 30))).toBe(90);
  });
});
