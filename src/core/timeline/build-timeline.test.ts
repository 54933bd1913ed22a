import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VideoScript } from '../script.js';
import type { VideoTimeline } from './video-timeline.js';
import { buildTimeline } from './build-timeline.js';
import { VOICE_OVER_TAIL_SECONDS } from './estimate-scene-seconds.js';
import { secondsToFrames } from './frames.js';
import { channelWith, scriptWith, TEST_CHANNEL, words } from './test-fixtures.js';

/** True when `seconds` sits on a whole frame (within float error). */
function onFrame(seconds: number, fps: number): boolean {
  return Math.abs(seconds * fps - Math.round(seconds * fps)) < 1e-6;
}

describe('buildTimeline', () => {
  it('makes a hook scene, one scene per main point and a call-to-action scene', () => {
    const timeline = buildTimeline(scriptWith(), TEST_CHANNEL);
    expect(timeline.scenes.map((s) => s.role)).toEqual(['hook', 'point', 'point', 'point', 'cta']);
    expect(timeline.scenes.map((s) => s.pointNumber)).toEqual([undefined, 1, 2, 3, undefined]);
    expect(timeline.scenes.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
    expect(timeline.scenes[1]!.text).toBe('Breathe in for four counts.');
  });

  it('copies the channel id, topic and style and defaults to 30 fps', () => {
    const timeline = buildTimeline(scriptWith(), TEST_CHANNEL);
    expect(timeline.channel).toBe('test');
    expect(timeline.topic).toBe('Morning focus');
    expect(timeline.style).toBe(TEST_CHANNEL.style);
    expect(timeline.fps).toBe(30);
  });

  it('times scenes by reading speed, rounded to whole frames', () => {
    const script = scriptWith({ hook: words(15), mainPoints: [words(10)], callToAction: 'Go.' });
    const timeline = buildTimeline(script, TEST_CHANNEL);
    // 15 words at 150 wpm = 6 s + 0.7 s pad; 10 words = 4 s + 0.7 s; "Go." is raised to the 2 s minimum.
    expect(timeline.scenes.map((s) => s.durationSeconds)).toEqual([201 / 30, 141 / 30, 2]);
    expect(timeline.scenes.map((s) => s.startSeconds)).toEqual([0, 201 / 30, 342 / 30]);
    expect(timeline.durationSeconds).toBe(402 / 30);
  });

  it('caps a long scene at the channel maximum', () => {
    const timeline = buildTimeline(scriptWith({ hook: words(200) }), TEST_CHANNEL);
    expect(timeline.scenes[0]!.durationSeconds).toBe(12);
  });

  it('stretches a scene past the maximum to fit its voice-over', () => {
    const timeline = buildTimeline(scriptWith({ hook: words(200) }), TEST_CHANNEL, {
      voiceOverSeconds: { hook: 15, mainPoints: [undefined, 9.99] },
    });
    expect(timeline.scenes[0]!.durationSeconds).toBeCloseTo(15 + VOICE_OVER_TAIL_SECONDS, 10);
    expect(timeline.scenes[2]!.durationSeconds).toBeCloseTo(309 / 30, 10); // 10.29 s → 308.7 → 309 frames
    expect(timeline.scenes[1]!.durationSeconds).toBeLessThan(12);
  });

  it('stretches the call to action for its voice-over', () => {
    const timeline = buildTimeline(scriptWith(), TEST_CHANNEL, { voiceOverSeconds: { callToAction: 7 } });
    expect(timeline.scenes.at(-1)!.durationSeconds).toBeCloseTo(7.3, 10);
  });

  it('uses the frame rate it is given', () => {
    const timeline = buildTimeline(scriptWith({ hook: words(15) }), TEST_CHANNEL, { fps: 24 });
    expect(timeline.fps).toBe(24);
    expect(timeline.scenes[0]!.durationSeconds).toBe(161 / 24); // 6.7 s × 24 = 160.8 → 161 frames
  });

  it('rejects a frame rate that is not a positive number', () => {
    expect(() => buildTimeline(scriptWith(), TEST_CHANNEL, { fps: 0 })).toThrow(/fps/);
    expect(() => buildTimeline(scriptWith(), TEST_CHANNEL, { fps: Number.NaN })).toThrow(/fps/);
  });

  it('applies a minimum scene length override', () => {
    const timeline = buildTimeline(scriptWith({ callToAction: 'Go.' }), TEST_CHANNEL, {
      minSceneSecondsOverride: 1,
    });
    expect(timeline.scenes.at(-1)!.durationSeconds).toBeCloseTo(33 / 30, 10); // 1 word: 0.4 s + 0.7 s
  });

  it('keeps the minimum when no whole frame lies between the bounds', () => {
    const channel = channelWith({}, { minSceneSeconds: 2.01, maxSceneSeconds: 2.02 });
    const timeline = buildTimeline(scriptWith(), channel);
    expect(timeline.scenes.every((s) => s.durationSeconds === 61 / 30)).toBe(true);
  });

  it('gives every scene after the first the channel transition', () => {
    const channel = channelWith({ transition: 'slide-up', transitionSeconds: 0.5 });
    const timeline = buildTimeline(scriptWith(), channel);
    expect(timeline.scenes[0]!.transitionIn).toBeUndefined();
    for (const scene of timeline.scenes.slice(1)) {
      expect(scene.transitionIn).toEqual({ kind: 'slide-up', durationSeconds: 0.5 });
    }
  });

  it('shortens the transition to half of the shorter neighbouring scene', () => {
    const channel = channelWith({ transitionSeconds: 3 }, { minSceneSeconds: 1, maxSceneSeconds: 12 });
    const script = scriptWith({ hook: words(30), mainPoints: ['Hi.'], callToAction: words(30) });
    const timeline = buildTimeline(script, channel);
    const point = timeline.scenes[1]!;
    expect(point.durationSeconds).toBeCloseTo(33 / 30, 10);
    expect(point.transitionIn!.durationSeconds).toBe(16 / 30);
    expect(timeline.scenes[2]!.transitionIn!.durationSeconds).toBe(16 / 30);
  });

  it('rounds the transition down to whole frames', () => {
    const timeline = buildTimeline(scriptWith(), channelWith({ transitionSeconds: 0.45 }), { fps: 24 });
    expect(timeline.scenes[1]!.transitionIn!.durationSeconds).toBe(10 / 24);
  });

  it('turns a zero-length or "cut" transition into a cut', () => {
    const zero = buildTimeline(scriptWith(), channelWith({ transitionSeconds: 0 }));
    expect(zero.scenes[1]!.transitionIn).toEqual({ kind: 'cut', durationSeconds: 0 });
    const cut = buildTimeline(scriptWith(), channelWith({ transition: 'cut', transitionSeconds: 0.5 }));
    expect(cut.scenes[1]!.transitionIn).toEqual({ kind: 'cut', durationSeconds: 0 });
  });

  it('takes music and voice-over paths from the script media', () => {
    const script = scriptWith({
      media: {
        music: '/m/calm.mp3',
        voiceOvers: { hook: '/v/hook.wav', mainPoints: [undefined, '/v/p2.wav'], callToAction: '/v/cta.wav' },
      },
    });
    const timeline = buildTimeline(script, TEST_CHANNEL);
    expect(timeline.musicPath).toBe('/m/calm.mp3');
    expect(timeline.scenes.map((s) => s.voiceOverPath)).toEqual([
      '/v/hook.wav',
      undefined,
      '/v/p2.wav',
      undefined,
      '/v/cta.wav',
    ]);
  });

  it('leaves optional fields out instead of setting them to undefined', () => {
    const timeline = buildTimeline(scriptWith(), TEST_CHANNEL);
    expect('musicPath' in timeline).toBe(false);
    expect('voiceOverPath' in timeline.scenes[0]!).toBe(false);
    expect('pointNumber' in timeline.scenes[0]!).toBe(false);
  });

  it('gives a CJK script scene lengths by its character count', () => {
    const script = scriptWith({ hook: '深'.repeat(40), mainPoints: ['深呼吸'] });
    const timeline = buildTimeline(script, TEST_CHANNEL);
    expect(timeline.scenes[0]!.durationSeconds).toBeCloseTo(8.7, 10);
    expect(timeline.scenes[1]!.durationSeconds).toBe(2);
  });
});

describe('buildTimeline properties', () => {
  const textArb = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.integer({ min: 0, max: 120 }).map(words),
    fc.string({ unit: fc.constantFrom('深', '呼', 'ゆ', ' ', 'a'), maxLength: 200 }),
  );
  const scriptArb = fc.record({
    hook: textArb,
    mainPoints: fc.array(textArb, { minLength: 0, maxLength: 9 }),
    callToAction: textArb,
  });
  const voiceOverArb = fc.option(fc.double({ min: 0, max: 40, noNaN: true }), { nil: undefined });
  const settingsArb = fc.record({
    fps: fc.constantFrom(24, 25, 29.97, 30, 50, 60),
    wordsPerMinute: fc.integer({ min: 60, max: 300 }),
    minSceneSeconds: fc.double({ min: 0.5, max: 6, noNaN: true }),
    extraSeconds: fc.double({ min: 1, max: 20, noNaN: true }),
    transitionSeconds: fc.double({ min: 0, max: 2, noNaN: true }),
    hookVoiceOver: voiceOverArb,
    pointVoiceOvers: fc.array(voiceOverArb, { maxLength: 9 }),
  });
  type Settings = typeof settingsArb extends fc.Arbitrary<infer T> ? T : never;

  function build(parts: Pick<VideoScript, 'hook' | 'mainPoints' | 'callToAction'>, s: Settings) {
    const channel = channelWith(
      { wordsPerMinute: s.wordsPerMinute, transitionSeconds: s.transitionSeconds },
      { minSceneSeconds: s.minSceneSeconds, maxSceneSeconds: s.minSceneSeconds + s.extraSeconds },
    );
    const timeline = buildTimeline(scriptWith(parts), channel, {
      fps: s.fps,
      voiceOverSeconds: { hook: s.hookVoiceOver, mainPoints: s.pointVoiceOvers },
    });
    return { channel, timeline };
  }

  function voiceOverFor(index: number, s: Settings): number | undefined {
    return index === 0 ? s.hookVoiceOver : s.pointVoiceOvers[index - 1];
  }

  function frames(seconds: number, timeline: VideoTimeline): number {
    return secondsToFrames(seconds, timeline.fps);
  }

  it('tiles the timeline: each scene starts where the previous one ends, the first at 0', () => {
    fc.assert(
      fc.property(scriptArb, settingsArb, (parts, s) => {
        const { timeline } = build(parts, s);
        let expectedStart = 0;
        for (const scene of timeline.scenes) {
          expect(frames(scene.startSeconds, timeline)).toBe(expectedStart);
          expectedStart += frames(scene.durationSeconds, timeline);
        }
        expect(frames(timeline.durationSeconds, timeline)).toBe(expectedStart);
      }),
    );
  });

  it('has a total duration equal to the sum of the scene durations', () => {
    fc.assert(
      fc.property(scriptArb, settingsArb, (parts, s) => {
        const { timeline } = build(parts, s);
        const sum = timeline.scenes.reduce((total, scene) => total + scene.durationSeconds, 0);
        expect(timeline.durationSeconds).toBeCloseTo(sum, 6);
        const last = timeline.scenes.at(-1)!;
        expect(timeline.durationSeconds).toBeCloseTo(last.startSeconds + last.durationSeconds, 9);
      }),
    );
  });

  it('puts every start, duration and transition on a whole frame', () => {
    fc.assert(
      fc.property(scriptArb, settingsArb, (parts, s) => {
        const { timeline } = build(parts, s);
        for (const scene of timeline.scenes) {
          expect(onFrame(scene.startSeconds, timeline.fps)).toBe(true);
          expect(onFrame(scene.durationSeconds, timeline.fps)).toBe(true);
          expect(onFrame(scene.transitionIn?.durationSeconds ?? 0, timeline.fps)).toBe(true);
          expect(scene.durationSeconds).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('keeps every scene within the bounds unless a voice-over stretches it', () => {
    fc.assert(
      fc.property(scriptArb, settingsArb, (parts, s) => {
        const { channel, timeline } = build(parts, s);
        const { minSceneSeconds, maxSceneSeconds } = channel.rules;
        timeline.scenes.forEach((scene, index) => {
          expect(scene.durationSeconds).toBeGreaterThanOrEqual(minSceneSeconds - 1e-9);
          const voiceOver = scene.role === 'cta' ? undefined : voiceOverFor(index, s);
          if (voiceOver !== undefined && voiceOver > 0) {
            const fitted = Math.max(maxSceneSeconds, voiceOver + VOICE_OVER_TAIL_SECONDS);
            expect(scene.durationSeconds).toBeLessThanOrEqual(fitted + 1 / timeline.fps);
            expect(scene.durationSeconds).toBeGreaterThanOrEqual(voiceOver + VOICE_OVER_TAIL_SECONDS - 1e-9);
          } else {
            expect(scene.durationSeconds).toBeLessThanOrEqual(maxSceneSeconds + 1e-9);
          }
        });
      }),
    );
  });

  it('never makes a transition longer than the channel asks or half of either neighbour', () => {
    fc.assert(
      fc.property(scriptArb, settingsArb, (parts, s) => {
        const { timeline } = build(parts, s);
        timeline.scenes.slice(1).forEach((scene, i) => {
          const previous = timeline.scenes[i]!;
          const transition = scene.transitionIn!;
          expect(transition.durationSeconds).toBeLessThanOrEqual(s.transitionSeconds + 1e-9);
          expect(transition.durationSeconds).toBeLessThanOrEqual(scene.durationSeconds / 2 + 1e-9);
          expect(transition.durationSeconds).toBeLessThanOrEqual(previous.durationSeconds / 2 + 1e-9);
        });
      }),
    );
  });
});
