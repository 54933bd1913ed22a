import { describe, expect, it } from 'vitest';
import { DUCKED_GAIN, musicGainAt, speechSpans } from './music-ducking.js';

describe('speechSpans', () => {
  it('joins words with short gaps into one stretch and keeps long pauses apart', () => {
    const words = [
      { startSeconds: 2, endSeconds: 2.4 },
      { startSeconds: 0.1, endSeconds: 0.5 },
      { startSeconds: 0.6, endSeconds: 1 },
    ];
    expect(speechSpans(words)).toEqual([
      { startSeconds: 0.1, endSeconds: 1 },
      { startSeconds: 2, endSeconds: 2.4 },
    ]);
  });
});

describe('musicGainAt', () => {
  const spans = [{ startSeconds: 1, endSeconds: 2 }];
  it('is full away from speech and ducked under it', () => {
    expect(musicGainAt(0.5, spans)).toBe(1);
    expect(musicGainAt(1.5, spans)).toBe(DUCKED_GAIN);
    expect(musicGainAt(3, spans)).toBe(1);
    expect(musicGainAt(1.5, [])).toBe(1);
  });

  it('goes down quickly before the first word and comes back up slowly after the last', () => {
    expect(musicGainAt(0.975, spans)).toBeCloseTo((1 + DUCKED_GAIN) / 2, 5);
    expect(musicGainAt(2.2, spans)).toBeCloseTo((1 + DUCKED_GAIN) / 2, 5);
    expect(musicGainAt(2.1, spans)).toBeLessThan(musicGainAt(2.3, spans));
  });
});
