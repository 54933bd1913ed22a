import { describe, expect, it } from 'vitest';
import { activeWordIndex, splitCaptionWords, timeCaptionWords } from './captions.js';

describe('timeCaptionWords', () => {
  const words = splitCaptionWords('One two three extraordinarily four');
  const timed = timeCaptionWords(words, { leadInFrames: 12, sceneFrames: 90 });

  it('lights words in order, after the lead-in and before the scene ends', () => {
    expect(timed[0]!.startFrame).toBe(12);
    for (let i = 1; i < timed.length; i += 1)
      expect(timed[i]!.startFrame).toBeGreaterThan(timed[i - 1]!.startFrame);
    expect(timed.at(-1)!.startFrame).toBeLessThan(90);
  });

  it('gives a long word more time than a short one', () => {
    const long = timed[4]!.startFrame - timed[3]!.startFrame;
    const short = timed[2]!.startFrame - timed[1]!.startFrame;
    expect(long).toBeGreaterThan(short);
  });

  it('says which word is lit at a frame', () => {
    expect(activeWordIndex(timed, 0)).toBe(-1);
    expect(activeWordIndex(timed, 12)).toBe(0);
    expect(activeWordIndex(timed, 89)).toBe(4);
  });
});
