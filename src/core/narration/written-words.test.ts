import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPTION_TEXTS_THAT_MUST_SURVIVE, WRITTEN_TEXT_PARTS } from '../caption-test-texts.js';
import { splitWrittenWords, withWrittenSpacing } from './written-words.js';

/** The text back from its written words: leading space, then each word and the space after it. */
const rejoined = ({ leadingSpace, words }: ReturnType<typeof splitWrittenWords>) =>
  leadingSpace + words.map((word) => word.text + word.spaceAfter).join('');

const PARTS = [...WRITTEN_TEXT_PARTS, '\r\n', '\u2007'];
const anyText = fc.oneof(
  fc.array(fc.constantFrom(...PARTS), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

describe('splitWrittenWords', () => {
  it('keeps the white space after each word exactly as written', () => {
    expect(splitWrittenWords('  two  spaces\tand tab\n')).toEqual({
      leadingSpace: '  ',
      words: [
        { text: 'two', spaceAfter: '  ' },
        { text: 'spaces', spaceAfter: '\t' },
        { text: 'and', spaceAfter: ' ' },
        { text: 'tab', spaceAfter: '\n' },
      ],
    });
    expect(splitWrittenWords('心を落ち着かせる\u3000今日は').words).toEqual([
      { text: '心を落ち着かせる', spaceAfter: '\u3000' },
      { text: '今日は', spaceAfter: '' },
    ]);
  });

  it('never splits a word at a no-break space', () => {
    expect(splitWrittenWords('Quoi\u00a0? 100\u202f%').words.map((w) => w.text)).toEqual([
      'Quoi\u00a0?',
      '100\u202f%',
    ]);
  });

  it('gives the words a voice said before: the text split at white space', () => {
    const text = '  Drink  water,\nthen coffee. Rule #1: 5 a.m. “I’ll” 👍🏽 ';
    expect(splitWrittenWords(text).words.map((w) => w.text)).toEqual(text.split(/\s+/u).filter(Boolean));
  });

  it('gives no words for empty or blank text, keeping the blank as leading space', () => {
    expect(splitWrittenWords('')).toEqual({ leadingSpace: '', words: [] });
    expect(splitWrittenWords(' \t ')).toEqual({ leadingSpace: ' \t ', words: [] });
  });

  it('joined back is the text, for any text (issue #18)', () => {
    for (const text of CAPTION_TEXTS_THAT_MUST_SURVIVE) expect(rejoined(splitWrittenWords(text))).toBe(text);
    fc.assert(
      fc.property(anyText, (text) => {
        const split = splitWrittenWords(text);
        expect(rejoined(split)).toBe(text);
        for (const word of split.words) {
          expect(word.text).not.toBe('');
          // No breakable white space inside a word; no-break spaces belong to it.
          expect(word.text).not.toMatch(/[^\S\u00a0\u2007\u202f]/u);
          expect(word.spaceAfter).toMatch(/^[^\S\u00a0\u2007\u202f]*$/u);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('withWrittenSpacing', () => {
  const timed = (...texts: string[]) =>
    texts.map((text, i) => ({ text, startSeconds: i, endSeconds: i + 0.5 }));

  it("gives a voice's words the white space written after them", () => {
    expect(withWrittenSpacing(timed('心を', '今日は'), '心を\u3000今日は ').map((w) => w.spaceAfter)).toEqual(
      ['\u3000', ' '],
    );
  });

  it('leaves words that are not the text’s (narration cached before) as they were', () => {
    const words = timed('Quoi', '?');
    expect(withWrittenSpacing(words, 'Quoi\u00a0?')).toEqual(words);
  });
});
