import { describe, expect, it } from 'vitest';
import { buildCaptionCues, cueText, highlightSpans } from './caption-cues.js';
import { placeWords, type SpokenWord } from './timed-words.js';

/** Words spoken one after another, 0.3 s each with 0.1 s between. */
function words(text: string, sceneIndex = 0, from = 0): SpokenWord[] {
  return text.split(' ').map((word, i) => ({
    text: word,
    startSeconds: from + i * 0.4,
    endSeconds: from + i * 0.4 + 0.3,
    sceneIndex,
  }));
}

describe('buildCaptionCues', () => {
  it('groups at most four words, ends phrases at punctuation and never crosses a scene', () => {
    const spoken = [...words('one two three four five six. seven'), ...words('eight nine', 1, 4)];
    const cues = buildCaptionCues(spoken);
    expect(cues.map(cueText)).toEqual(['one two three four', 'five six.', 'seven', 'eight nine']);
  });

  it('keeps phrases within the character limit, a single long word on its own', () => {
    const cues = buildCaptionCues(words('a extraordinarily-long-single-word b'), { maxChars: 10 });
    expect(cues.map(cueText)).toEqual(['a', 'extraordinarily-long-single-word', 'b']);
  });

  it('starts each cue as its first word is spoken and ends it as the next cue starts or after a hold', () => {
    const cues = buildCaptionCues(words('one two three four five'), { holdSeconds: 0.4 });
    expect(cues[0]).toMatchObject({ startSeconds: 0 });
    expect(cues[0]!.endSeconds).toBeCloseTo(1.6);
    expect(cues[1]!.startSeconds).toBeCloseTo(1.6);
    expect(cues[1]!.endSeconds).toBeCloseTo(1.9 + 0.4);
  });

  it('gives every word in order to exactly one cue', () => {
    const spoken = words('the quick brown fox jumps over the lazy dog again and again');
    expect(buildCaptionCues(spoken).flatMap((c) => c.words)).toEqual(spoken);
  });
});

describe('highlightSpans', () => {
  it('highlights each word from its start until the next word starts, the last until the cue ends', () => {
    const [cue] = buildCaptionCues(words('one two three'));
    const spans = highlightSpans(cue!);
    expect(spans.map((s) => s.wordIndex)).toEqual([0, 1, 2]);
    expect(spans[0]!.startSeconds).toBe(0);
    expect(spans[1]!.startSeconds).toBeCloseTo(0.4);
    expect(spans[0]!.endSeconds).toBeCloseTo(0.4);
    expect(spans[2]!.endSeconds).toBeCloseTo(cue!.endSeconds);
  });
});

describe('placeWords', () => {
  it('shifts words by the scene start and keeps them inside the scene', () => {
    const placed = placeWords(
      [
        { text: 'a', startSeconds: 0.1, endSeconds: 0.5 },
        { text: 'b', startSeconds: 0.9, endSeconds: 1.4 },
        { text: 'c', startSeconds: 1.6, endSeconds: 1.8 },
      ],
      { index: 2, startSeconds: 10, durationSeconds: 1.2 },
    );
    expect(placed).toEqual([
      { text: 'a', startSeconds: 10.1, endSeconds: 10.5, sceneIndex: 2 },
      { text: 'b', startSeconds: 10.9, endSeconds: 11.2, sceneIndex: 2 },
    ]);
  });
});
