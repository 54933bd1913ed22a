import { describe, expect, it } from 'vitest';
import { activeCaptionAt, captionHighlights } from './active-caption.js';
import { buildCaptionCues, highlightSpans } from './caption-cues.js';
import type { SpokenWord } from './timed-words.js';

const words: SpokenWord[] = [
  { text: 'Drink', startSeconds: 0.1, endSeconds: 0.4, sceneIndex: 0 },
  { text: 'water', startSeconds: 0.46, endSeconds: 0.8, sceneIndex: 0 },
  { text: 'first.', startSeconds: 0.86, endSeconds: 1.2, sceneIndex: 0 },
  { text: 'Then', startSeconds: 3, endSeconds: 3.3, sceneIndex: 1 },
  { text: 'coffee.', startSeconds: 3.36, endSeconds: 3.8, sceneIndex: 1 },
];

const shown = (seconds: number) => {
  const active = activeCaptionAt(captionHighlights(words), seconds);
  return (
    active && {
      phrase: active.cue.words.map((w) => w.text).join(' '),
      word: active.cue.words[active.wordIndex]!.text,
    }
  );
};

describe('activeCaptionAt', () => {
  it('shows the phrase with the word being said, switching exactly at word starts', () => {
    expect(shown(0.1)).toEqual({ phrase: 'Drink water first.', word: 'Drink' });
    expect(shown(0.4599)).toEqual({ phrase: 'Drink water first.', word: 'Drink' });
    expect(shown(0.46)).toEqual({ phrase: 'Drink water first.', word: 'water' });
    expect(shown(1.5)).toEqual({ phrase: 'Drink water first.', word: 'first.' });
    expect(shown(3.4)).toEqual({ phrase: 'Then coffee.', word: 'coffee.' });
  });

  it('shows nothing before the first word, between held phrases and after the last', () => {
    expect(shown(0)).toBeUndefined();
    expect(shown(2.5)).toBeUndefined();
    expect(shown(10)).toBeUndefined();
  });

  it('uses the same phrases and spans as the ASS captions (buildCaptionCues + highlightSpans)', () => {
    const spans = buildCaptionCues(words).flatMap((cue) => highlightSpans(cue));
    const highlights = captionHighlights(words);
    expect(highlights.map((h) => [h.startSeconds, h.endSeconds, h.wordIndex])).toEqual(
      spans.map((s) => [s.startSeconds, s.endSeconds, s.wordIndex]),
    );
    // Every span's midpoint finds that span.
    for (const h of highlights) {
      const active = activeCaptionAt(highlights, (h.startSeconds + h.endSeconds) / 2)!;
      expect([active.cue, active.wordIndex]).toEqual([h.cue, h.wordIndex]);
    }
  });
});
