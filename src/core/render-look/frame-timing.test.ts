import { describe, expect, it } from 'vitest';
import { easedTransitionProgress, fadeInAlpha, frameContentAt, sceneFrameSpans } from './frame-timing.js';

const scene = (startSeconds: number, durationSeconds: number, transition?: 'crossfade' | 'cut') => ({
  startSeconds,
  durationSeconds,
  ...(transition ? { transitionIn: { kind: transition, durationSeconds: 0.5 } } : {}),
});

// Only the fields the frame arithmetic reads.
const timeline = {
  fps: 30,
  durationSeconds: 6,
  scenes: [scene(0, 2), scene(2, 2, 'crossfade'), scene(4, 2, 'cut')],
} as unknown as Parameters<typeof sceneFrameSpans>[0];

describe('sceneFrameSpans', () => {
  it('tiles the frames and gives transitions their head frames (none for a cut)', () => {
    const { totalFrames, spans } = sceneFrameSpans(timeline);
    expect(totalFrames).toBe(180);
    expect(spans.map((s) => [s.startFrame, s.frameCount, s.headFrames, s.transition])).toEqual([
      [0, 60, 0, 'cut'],
      [60, 60, 15, 'crossfade'],
      [120, 60, 0, 'cut'],
    ]);
  });
});

describe('frameContentAt', () => {
  const { spans } = sceneFrameSpans(timeline);
  it('shows the previous scene past its end under the incoming one during a transition', () => {
    expect(frameContentAt(spans, 65)).toEqual({
      position: 1,
      localFrame: 5,
      transition: { kind: 'crossfade', previousPosition: 0, previousLocalFrame: 65, frame: 5, frames: 15 },
    });
  });
  it('shows one scene alone outside transitions and clamps past the end', () => {
    expect(frameContentAt(spans, 30)).toEqual({ position: 0, localFrame: 30 });
    expect(frameContentAt(spans, 90)).toEqual({ position: 1, localFrame: 30 });
    expect(frameContentAt(spans, 999)).toEqual({ position: 2, localFrame: 59 });
  });
});

describe('transition curves', () => {
  it('ease out from above 0 to exactly 1 on the last frame, fades linearly', () => {
    expect(easedTransitionProgress(0, 15)).toBeGreaterThan(0);
    expect(easedTransitionProgress(14, 15)).toBe(1);
    expect(fadeInAlpha(0, 15)).toBe(0);
    expect(fadeInAlpha(7.5, 15)).toBe(0.5);
  });
});
