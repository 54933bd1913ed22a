import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPTION_TEXTS_THAT_MUST_SURVIVE, WRITTEN_TEXT_PARTS } from '../caption-test-texts.js';
import { buildCaptionCues, cueText, type CaptionCue } from './caption-cues.js';
import { subtitleCueText } from './subtitle-files.js';
import { spaceAfter, type SpokenWord } from './timed-words.js';
import { splitWrittenWords } from './written-words.js';

// Issue #18: narrated captions show the script's characters. Every renderer, the preview and the
// subtitle files show cue texts, so the cues of a scene, each followed by the white space written
// after its last word, must be the scene's text exactly, whatever the words' timings.

const anyText = fc.oneof(
  fc.array(fc.constantFrom(...WRITTEN_TEXT_PARTS), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(...CAPTION_TEXTS_THAT_MUST_SURVIVE),
);

/** Each scene's words as a voice gives them, at the times `gaps` and `lengths` say. */
function spokenWords(texts: readonly string[], seconds: readonly number[]): SpokenWord[] {
  let at = 0;
  let n = 0;
  return texts.flatMap((text, sceneIndex) =>
    splitWrittenWords(text).words.map((word) => {
      const startSeconds = at + (seconds[n % seconds.length] ?? 0);
      const endSeconds = startSeconds + (seconds[(n + 1) % seconds.length] ?? 0);
      at = endSeconds;
      n += 1;
      return { ...word, startSeconds, endSeconds, sceneIndex };
    }),
  );
}

/** A scene's text back from its cues: its leading space, then each cue and the space after it. */
function sceneTextFromCues(text: string, cues: readonly CaptionCue[]): string {
  return (
    splitWrittenWords(text).leadingSpace +
    cues.map((cue) => cueText(cue) + spaceAfter(cue.words.at(-1)!)).join('')
  );
}

describe('narrated caption cues keep the script’s characters', () => {
  it('for any scene texts, word timings and phrase limits', () => {
    fc.assert(
      fc.property(
        fc.array(anyText, { minLength: 1, maxLength: 3 }),
        fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 40 }),
        (texts, seconds, maxWords, maxChars) => {
          const cues = buildCaptionCues(spokenWords(texts, seconds), { maxWords, maxChars });
          texts.forEach((text, sceneIndex) => {
            const own = cues.filter((cue) => cue.words[0]!.sceneIndex === sceneIndex);
            expect(sceneTextFromCues(text, own)).toBe(text);
          });
          for (const cue of cues) {
            // SRT and WebVTT: the same characters, but an empty line would end the cue.
            const subtitle = subtitleCueText(cue);
            if (!/[\r\n]/u.test(cueText(cue))) expect(subtitle).toBe(cueText(cue));
            expect(subtitle).not.toMatch(/\r|\n[^\S\n]*\n/u);
            expect(subtitle.replace(/\s/gu, '')).toBe(cueText(cue).replace(/\s/gu, ''));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('for the texts the captions once changed', () => {
    const [cue] = buildCaptionCues(spokenWords(['心を落ち着かせる\u3000今日は'], [0.3]));
    expect(cueText(cue!)).toBe('心を落ち着かせる\u3000今日は');
    const [spaced] = buildCaptionCues(spokenWords(['two  spaces\tand tab'], [0.3]));
    expect(cueText(spaced!)).toBe('two  spaces\tand tab');
    const french = buildCaptionCues(spokenWords(['Quoi\u00a0? 100\u202f%'], [0.3]));
    expect(french.map(cueText)).toEqual(['Quoi\u00a0?', '100\u202f%']);
  });
});
