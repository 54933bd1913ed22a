import { describe, expect, it } from 'vitest';
import { assetsFor, timelineOf } from '../../../../../test/ffmpeg/plan-fixtures.js';
import { entranceMotion } from '#core/render-look/animation.js';
import { planRender, posterFrame } from './render-plan.js';

const frame = { width: 540, height: 960 };

describe('planRender', () => {
  it("moves each scene's text with its role's entrance from the template, else the video's one", () => {
    const timeline = timelineOf([2, 2, 2]);
    const role = (entrance: 'burst' | 'rise' | 'float') => ({
      position: 'center' as const,
      sizeMax: 1,
      sizeMin: 1,
      entrance,
    });
    const templated = {
      ...timeline,
      style: { ...timeline.style, layout: { hook: role('burst'), point: role('rise'), cta: role('float') } },
    };
    const plan = planRender({ timeline: templated, frame, assets: assetsFor(templated) });
    const at = (i: number) => ({ x: assetsFor(templated)[i]!.text.x, y: assetsFor(templated)[i]!.text.y });
    expect(plan.scenes.map((s) => s.motion)).toEqual(
      (['burst', 'rise', 'float'] as const).map((style, i) => entranceMotion(style, frame, at(i))),
    );
    const plain = planRender({ timeline, frame, assets: assetsFor(timeline) });
    expect(plain.scenes.map((s) => s.motion)).toEqual(
      [0, 1, 2].map((i) => entranceMotion(timeline.style.animation, frame, at(i))),
    );
  });

  it('cuts the timeline into whole frames that add up to the duration', () => {
    const timeline = timelineOf([2.01, 3.33, 1.5, 2.16]);
    const plan = planRender({ timeline, frame, assets: assetsFor(timeline) });
    expect(plan.totalFrames).toBe(270);
    expect(plan.scenes.reduce((n, s) => n + s.frameCount, 0)).toBe(270);
    plan.scenes.forEach((s, i) => {
      if (i > 0) expect(s.startFrame).toBe(plan.scenes[i - 1]!.startFrame + plan.scenes[i - 1]!.frameCount);
    });
  });

  it('gives each transition to the scene it leads into and the extra frames to the one before', () => {
    const timeline = timelineOf([2, 2, 2]);
    const plan = planRender({ timeline, frame, assets: assetsFor(timeline) });
    expect(plan.scenes.map((s) => [s.headFrames, s.tailFrames])).toEqual([
      [0, 15],
      [15, 15],
      [15, 0],
    ]);
    expect(plan.scenes[1]!.transitionIn).toEqual({ type: 'fade' });
    expect(plan.scenes[0]!.transitionIn).toEqual({ type: 'cut' });
  });

  it('has no transition frames for cuts and caps transitions at half the scene', () => {
    const cut = timelineOf([1, 1], 'cut');
    expect(
      planRender({ timeline: cut, frame, assets: assetsFor(cut) }).scenes.map((s) => s.headFrames),
    ).toEqual([0, 0]);
    const long = timelineOf([1, 0.6], 'crossfade', 2);
    expect(planRender({ timeline: long, frame, assets: assetsFor(long) }).scenes[1]!.headFrames).toBe(9);
  });

  it('rejects scenes shorter than a frame and wipes without a mask', () => {
    const tiny = timelineOf([1, 0.01, 1]);
    expect(() => planRender({ timeline: tiny, frame, assets: assetsFor(tiny) })).toThrow(/scenes\[1\]/);
    const wipe = timelineOf([1, 1], 'wipe');
    expect(() => planRender({ timeline: wipe, frame, assets: assetsFor(wipe) })).toThrow(/wipe mask/);
  });

  it('places voice-overs at their scene start, cut at the scene end', () => {
    const timeline = timelineOf([2, 3]);
    const withVoice = {
      ...timeline,
      scenes: timeline.scenes.map((s, i) => (i === 1 ? { ...s, voiceOverPath: '/v.wav' } : s)),
    };
    const plan = planRender({ timeline: withVoice, frame, assets: assetsFor(timeline) });
    expect(plan.audio.voiceOvers).toEqual([
      { path: '/v.wav', startSeconds: 2, maxSeconds: 3, sceneIndex: 1 },
    ]);
    expect(plan.audio.durationSeconds).toBe(5);
  });

  it('takes the poster inside the hook once its text has arrived', () => {
    const timeline = timelineOf([3, 2]);
    const plan = planRender({ timeline, frame, assets: assetsFor(timeline) });
    const poster = posterFrame(plan);
    expect(poster).toBeGreaterThanOrEqual(plan.scenes[0]!.motionEndFrame);
    expect(poster).toBeLessThan(3 * 30);
    expect(Number.isInteger(poster)).toBe(true);
  });
});
