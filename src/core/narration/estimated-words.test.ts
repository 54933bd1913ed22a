import { describe, expect, it } from 'vitest';
import { activeCaptionAt, captionHighlights } from './active-caption.js';
import { estimatedNarration, estimateSpokenWords } from './estimated-words.js';

const scene = (index: number, text: string, startSeconds: number, durationSeconds: number) => ({
  index,
  text,
  startSeconds,
  durationSeconds,
});

describe('estimateSpokenWords', () => {
  it("shares each scene's speaking time (its length less the voice-over tail) by letters, in order", () => {
    const words = estimateSpokenWords({
      scenes: [scene(0, 'Go now', 0, 2.3), scene(1, 'Breathe in.', 2.3, 3.3)],
    } as never);
    expect(words.map((w) => [w.text, w.sceneIndex])).toEqual([
      ['Go', 0],
      ['now', 0],
      ['Breathe', 1],
      ['in.', 1],
    ]);
    // "Go" has 3 of the scene's 7 weights (letters + a gap each) of its 2 s of speech.
    expect(words[0]!.startSeconds).toBe(0);
    expect(words[1]!.startSeconds).toBeCloseTo((2 * 3) / 7, 6);
    expect(words[2]!.startSeconds).toBeCloseTo(2.3, 6);
    expect(words[3]!.startSeconds).toBeCloseTo(2.3 + (3 * 8) / 12, 6);
    for (const word of words) expect(word.endSeconds).toBeGreaterThan(word.startSeconds);
    expect(words[1]!.endSeconds).toBeLessThanOrEqual(2.0 + 1e-9);
  });

  it("gives the renderers' caption code words to phrase and highlight, one word lit at a time", () => {
    const track = estimatedNarration(
      { scenes: [scene(0, 'Set a timer for five minutes.', 0, 3)] } as never,
      'espeak-ng:en-us',
      true,
    );
    expect(track).toMatchObject({ voice: 'espeak-ng:en-us', burnInCaptions: true });
    const highlights = captionHighlights(track.words);
    expect(activeCaptionAt(highlights, 0.01)).toMatchObject({ wordIndex: 0 });
    expect(activeCaptionAt(highlights, 0.01)!.cue.words.map((w) => w.text)).toEqual([
      'Set',
      'a',
      'timer',
      'for',
    ]);
    expect(activeCaptionAt(highlights, 2.5)!.cue.words.map((w) => w.text)).toEqual(['five', 'minutes.']);
  });

  it('skips scenes with no words', () => {
    expect(estimateSpokenWords({ scenes: [scene(0, '  ', 0, 2)] } as never)).toEqual([]);
  });
});
