import { describe, expect, it } from 'vitest';
import { bundlingProgress, finishingProgress, mediaProgress, PROGRESS_BANDS } from './render-progress.js';

describe('mediaProgress', () => {
  it('counts rendered frames in the frames band with a "k/n" stage', () => {
    expect(mediaProgress({ renderedFrames: 0, encodedFrames: 0, stitchStage: 'encoding' }, 100)).toEqual({
      progress: PROGRESS_BANDS.frames[0],
      stage: 'rendering frames 0/100',
    });
    const half = mediaProgress({ renderedFrames: 50, encodedFrames: 20, stitchStage: 'encoding' }, 100);
    expect(half.progress).toBeCloseTo((PROGRESS_BANDS.frames[0] + PROGRESS_BANDS.frames[1]) / 2);
    expect(half.stage).toBe('rendering frames 50/100');
  });

  it('moves to encoding once every frame is rendered, then muxing', () => {
    const encoding = mediaProgress({ renderedFrames: 100, encodedFrames: 50, stitchStage: 'encoding' }, 100);
    expect(encoding.stage).toBe('encoding');
    expect(encoding.progress).toBeCloseTo(0.9);
    expect(mediaProgress({ renderedFrames: 100, encodedFrames: 100, stitchStage: 'muxing' }, 100)).toEqual({
      progress: PROGRESS_BANDS.encoding[1],
      stage: 'muxing',
    });
  });

  it('never leaves 0–1, even on nonsense input', () => {
    for (const p of [
      mediaProgress({ renderedFrames: 500, encodedFrames: 900, stitchStage: 'encoding' }, 100),
      mediaProgress({ renderedFrames: -3, encodedFrames: 0, stitchStage: 'encoding' }, 0),
      bundlingProgress(Number.NaN),
      bundlingProgress(250),
    ]) {
      expect(p.progress).toBeGreaterThanOrEqual(0);
      expect(p.progress).toBeLessThanOrEqual(1);
    }
  });

  it('ends at 1 when done', () => {
    expect(finishingProgress(1, 'done').progress).toBe(1);
    expect(bundlingProgress(100).progress).toBe(PROGRESS_BANDS.bundling[1]);
  });
});
