import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPTION_TEXTS_THAT_MUST_SURVIVE } from '../caption-test-texts.js';
import { normaliseText, wrapText, type Measure } from './text-wrap.js';

// Issue #18: the script's characters are never changed on screen. The FFmpeg renderer draws each
// wrapped line as one string, so every line must be a piece of the script as written (spaces
// collapsed), and the lines together must hold every character of it, in order.

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Every grapheme 10 px wide, ideographs and kana 20 px. */
const mono: Measure = (text) =>
  [...graphemes.segment(text)].reduce(
    (w, { segment }) => w + (/[\u3040-\u9fff]/u.test(segment) ? 20 : 10),
    0,
  );

const PARTS = [
  ...'abcXYZ019.,:;!?#%&@-—…\'"“”()「」、。，！？心を落ち着かせる日本語你好สวัสดีครับمرحبا',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '👍🏽',
  '👨‍👩‍👧',
  'e\u0301',
];
const anyText = fc.oneof(
  fc.array(fc.constantFrom(...PARTS), { maxLength: 50 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const withoutSpaces = (text: string) => text.replace(/\s/gu, '');

function expectTextKept(text: string, maxWidth: number): void {
  const lines = wrapText(text, maxWidth, mono);
  const paragraphs = normaliseText(text).split('\n');
  for (const line of lines) {
    expect(paragraphs.some((paragraph) => paragraph.includes(line))).toBe(true);
  }
  expect(withoutSpaces(lines.join(''))).toBe(withoutSpaces(text));
}

describe('FFmpeg text wrapping keeps the script’s characters', () => {
  it('for the texts renderers have changed before', () => {
    for (const text of CAPTION_TEXTS_THAT_MUST_SURVIVE) {
      for (const width of [25, 60, 120, 400, 5000]) expectTextKept(text, width);
    }
    // Full-width punctuation after Latin letters once moved before them: "今日は！OK".
    expect(wrapText('今日はOK！', 5000, mono)).toEqual(['今日はOK！']);
  });

  it('for any text and line width', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 20, max: 400 }), (text, width) => expectTextKept(text, width)),
      { numRuns: 2000 },
    );
  });
});
