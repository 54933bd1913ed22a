import { describe, expect, it } from 'vitest';
import { pauseAfter, speechBounds, splitWords, stitchWords, SPEECH_LEVEL } from './word-stitching.js';

const RATE = 1000; // samples per second: one sample is a millisecond
/** `leading` ms of silence, `loud` ms of speech, `trailing` ms of silence. */
function word(leading: number, loud: number, trailing: number) {
  const samples = new Int16Array(leading + loud + trailing);
  samples.fill(SPEECH_LEVEL * 3, leading, leading + loud);
  return { sampleRate: RATE, samples };
}

describe('speechBounds', () => {
  it('finds the speech with 10 ms kept at each edge, or nothing in silence', () => {
    expect(speechBounds(word(50, 100, 200))).toEqual({ start: 40, end: 160 });
    expect(speechBounds(word(5, 10, 0))).toEqual({ start: 0, end: 15 });
    expect(speechBounds(word(100, 0, 0))).toBeUndefined();
  });
});

describe('stitchWords', () => {
  it('places each trimmed word after the last with a pause, and times each word where it was placed', () => {
    const { audio, words } = stitchWords(
      [
        { text: 'Hello', audio: word(50, 100, 200) },
        { text: 'world.', audio: word(30, 200, 10) },
        { text: 'Again', audio: word(0, 50, 0) },
      ],
      1,
    );
    expect(words).toEqual([
      { text: 'Hello', startSeconds: 0, endSeconds: 0.12 },
      { text: 'world.', startSeconds: 0.18, endSeconds: 0.4 },
      { text: 'Again', startSeconds: 0.75, endSeconds: 0.8 },
    ]);
    expect(audio.samples.length).toBe(800);
    // Speech is where the timings say, silence in the pauses.
    expect(audio.samples[190]).toBeGreaterThan(SPEECH_LEVEL);
    expect(audio.samples[500]).toBe(0);
  });

  it('keeps a silent word (a lone dash) as a zero-length time where it stands', () => {
    const { words } = stitchWords(
      [
        { text: 'a', audio: word(0, 10, 0) },
        { text: '—', audio: word(20, 0, 0) },
        { text: 'b', audio: word(0, 10, 0) },
      ],
      1,
    );
    expect(words[1]).toEqual({ text: '—', startSeconds: 0.07, endSeconds: 0.07 });
    expect(words[2]!.startSeconds).toBeCloseTo(0.07);
  });

  it('refuses words at different sample rates', () => {
    expect(() =>
      stitchWords(
        [
          { text: 'a', audio: word(0, 10, 0) },
          { text: 'b', audio: { sampleRate: 8000, samples: new Int16Array(4) } },
        ],
        1,
      ),
    ).toThrow(/word 2 is at 8000 Hz/);
  });
});

describe('pauses and words', () => {
  it('pauses longer after a sentence than after a clause or a word, and shorter when faster', () => {
    expect(pauseAfter('end.', 1)).toBe(0.35);
    expect(pauseAfter('"end?"', 1)).toBe(0.35);
    expect(pauseAfter('this,', 1)).toBe(0.2);
    expect(pauseAfter('word', 1)).toBe(0.06);
    expect(pauseAfter('word', 2)).toBe(0.03);
  });

  it('splits at white space and keeps punctuation', () => {
    expect(splitWords('  Drink  water,\nthen coffee. ')).toEqual(['Drink', 'water,', 'then', 'coffee.']);
  });
});
