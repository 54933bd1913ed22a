import { describe, expect, it } from 'vitest';
import { makeTimeline } from '../test-support/fixtures.js';
import {
  backgroundAt,
  entranceStyle,
  ENTRANCE_SECONDS,
  sceneAt,
  transitionLayers,
  transitionProgress,
} from './timeline-math.js';

const timeline = makeTimeline();

describe('sceneAt', () => {
  it('finds the scene that owns each instant, with the time inside it', () => {
    expect(sceneAt(timeline, 0)).toMatchObject({ position: 0, localSeconds: 0 });
    expect(sceneAt(timeline, 2.999)?.scene.role).toBe('hook');
    const second = sceneAt(timeline, 3);
    expect(second?.scene.index).toBe(1);
    expect(second?.localSeconds).toBe(0);
    expect(second?.previous?.index).toBe(0);
    expect(sceneAt(timeline, 7.5)).toMatchObject({ position: 2, localSeconds: 1.5 });
    expect(sceneAt(timeline, 11.9)?.scene.role).toBe('cta');
  });

  it('clamps times outside the timeline', () => {
    expect(sceneAt(timeline, -4)).toMatchObject({ position: 0, localSeconds: 0 });
    expect(sceneAt(timeline, 50)).toMatchObject({ position: 3, localSeconds: 3 });
    expect(sceneAt(timeline, Number.NaN)?.position).toBe(0);
  });

  it('has no first scene predecessor and returns undefined for an empty timeline', () => {
    expect(sceneAt(timeline, 1)?.previous).toBeUndefined();
    expect(sceneAt({ scenes: [], durationSeconds: 0 }, 1)).toBeUndefined();
  });
});

describe('transitionProgress', () => {
  const scene = timeline.scenes[1]!;

  it('runs from 0 to 1 over the transition at the start of the scene', () => {
    expect(transitionProgress(scene, 0)).toBe(0);
    expect(transitionProgress(scene, 0.25)).toBeCloseTo(0.5);
    expect(transitionProgress(scene, 0.5)).toBe(1);
    expect(transitionProgress(scene, 2)).toBe(1);
  });

  it('is complete at once for the first scene and for cuts', () => {
    expect(transitionProgress(timeline.scenes[0]!, 0)).toBe(1);
    expect(transitionProgress({ transitionIn: { kind: 'cut', durationSeconds: 0.5 } }, 0)).toBe(1);
  });
});

describe('transitionLayers', () => {
  it('crossfades opacity between the two scenes', () => {
    const start = transitionLayers('crossfade', 0);
    expect(start.incoming.opacity).toBe(0);
    expect(start.outgoing?.opacity).toBe(1);
    const mid = transitionLayers('crossfade', 0.5);
    expect(mid.incoming.opacity).toBeCloseTo(0.5);
  });

  it('slides, wipes and zooms in the right direction', () => {
    expect(transitionLayers('slide-up', 0).incoming.transform).toBe('translateY(100.00%)');
    expect(transitionLayers('slide-left', 0.5).outgoing?.transform).toBe('translateX(-50.00%)');
    expect(transitionLayers('wipe', 0).incoming.clipPath).toBe('inset(0 100.00% 0 0)');
    expect(transitionLayers('zoom', 0).incoming.transform).toBe('scale(0.600)');
  });

  it('drops the outgoing layer when done or for a cut', () => {
    expect(transitionLayers('crossfade', 1)).toEqual({ incoming: {} });
    expect(transitionLayers('cut', 0.3)).toEqual({ incoming: {} });
  });
});

describe('entranceStyle', () => {
  it('starts hidden and ends fully visible for every animation style', () => {
    for (const animation of ['float', 'ripple', 'rise', 'burst'] as const) {
      expect(entranceStyle(animation, 0).opacity).toBe(0);
      expect(entranceStyle(animation, ENTRANCE_SECONDS).opacity).toBe(1);
    }
    expect(entranceStyle('rise', ENTRANCE_SECONDS).transform).toBe('translateY(0.00%)');
    expect(entranceStyle('burst', ENTRANCE_SECONDS).transform).toBe('scale(1.0000)');
  });
});

describe('backgroundAt', () => {
  it('builds a gradient from every palette stop and sways over time', () => {
    const a = backgroundAt(['#000000', '#111111', '#222222'], 0);
    expect(a).toBe('linear-gradient(160.0deg, #000000, #111111, #222222)');
    expect(backgroundAt(['#000000', '#111111'], 2)).not.toBe(backgroundAt(['#000000', '#111111'], 0));
    expect(backgroundAt(['#abcdef'], 0)).toContain('#abcdef, #abcdef');
  });
});
