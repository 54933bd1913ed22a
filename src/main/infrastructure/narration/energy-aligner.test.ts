import { describe, expect, it } from 'vitest';
import { alignWords, speechChunks } from './energy-aligner.js';

const RATE = 8000;

/** Audio from [word, seconds of sound, seconds of silence after] with the true start of each word. */
function recording(parts: readonly [string, number, number][]) {
  const total = parts.reduce((sum, [, sound, pause]) => sum + sound + pause, 0.2);
  const samples = new Int16Array(Math.round(total * RATE));
  const truth: number[] = [];
  let at = 0.1;
  for (const [, sound, pause] of parts) {
    truth.push(at);
    for (let i = Math.round(at * RATE); i < Math.round((at + sound) * RATE); i += 1) {
      samples[i] = i % 16 < 8 ? 6000 : -6000;
    }
    at += sound + pause;
  }
  return { audio: { sampleRate: RATE, samples }, truth, words: parts.map(([word]) => word) };
}

describe('speechChunks', () => {
  it('cuts speech at pauses of 40 ms or more, not at shorter dips', () => {
    const { audio } = recording([
      ['a', 0.3, 0.02],
      ['b', 0.3, 0.2],
      ['c', 0.3, 0],
    ]);
    const chunks = speechChunks(audio);
    expect(chunks).toHaveLength(2);
    expect(chunks[0]!.start).toBeCloseTo(0.1, 1);
    expect(chunks[1]!.start).toBeCloseTo(0.92, 1);
  });
});

describe('alignWords', () => {
  it('finds every word within 150 ms when each is followed by a pause', () => {
    const { audio, truth, words } = recording([
      ['Drink', 0.35, 0.08],
      ['water', 0.4, 0.06],
      ['before', 0.45, 0.3],
      ['coffee.', 0.5, 0.1],
    ]);
    const aligned = alignWords(audio, words);
    expect(aligned.map((w) => w.text)).toEqual(words);
    aligned.forEach((word, i) => expect(Math.abs(word.startSeconds - truth[i]!)).toBeLessThan(0.15));
  });

  it('shares a stretch without pauses by letters, and keeps every word within 150 ms of the truth', () => {
    // Word lengths roughly follow their letters, as speech does, but not exactly.
    const { audio, truth, words } = recording([
      ['Keep', 0.3, 0],
      ['your', 0.25, 0],
      ['phone', 0.4, 0.25],
      ['in', 0.12, 0],
      ['another', 0.45, 0],
      ['room.', 0.35, 0.1],
    ]);
    const aligned = alignWords(audio, words);
    aligned.forEach((word, i) => expect(Math.abs(word.startSeconds - truth[i]!)).toBeLessThan(0.15));
    // Times only move forward and stay inside the audio.
    aligned.forEach((word, i) => {
      expect(word.endSeconds).toBeGreaterThan(word.startSeconds);
      if (i > 0) expect(word.startSeconds).toBeGreaterThanOrEqual(aligned[i - 1]!.endSeconds - 1e-9);
    });
  });

  it('merges the shortest pauses when there are more stretches than words', () => {
    const { audio, truth } = recording([
      ['lit', 0.2, 0.05],
      ['tle', 0.2, 0.4],
      ['one', 0.3, 0],
    ]);
    const aligned = alignWords(audio, ['little', 'one']);
    expect(aligned[0]!.startSeconds).toBeCloseTo(truth[0]!, 1);
    expect(aligned[1]!.startSeconds).toBeCloseTo(truth[2]!, 1);
  });

  it('spreads the words over silent audio rather than failing', () => {
    const aligned = alignWords({ sampleRate: RATE, samples: new Int16Array(RATE) }, ['a', 'b']);
    expect(aligned.map((w) => w.text)).toEqual(['a', 'b']);
    expect(aligned[0]!.startSeconds).toBe(0);
    expect(aligned[1]!.startSeconds).toBeCloseTo(0.5, 1);
    expect(alignWords({ sampleRate: RATE, samples: new Int16Array(RATE) }, [])).toEqual([]);
  });
});
