import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPTION_TEXTS_THAT_MUST_SURVIVE, WRITTEN_TEXT_PARTS } from '../caption-test-texts.js';
import { wrapText, type Measure } from './text-wrap.js';

// Issue #18: the script's characters are never changed on screen. The FFmpeg renderer draws each
// wrapped line as one string, so the lines, joined with the white space they were broken at, must
// be the script as written with only its breakable white-space runs collapsed to one space: no-break
// spaces (U+00A0, U+2007, U+202F) and the ideographic space (U+3000) stay, and a line never breaks
// next to a no-break space unless a single word is wider than the line.

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Every grapheme 10 px wide, ideographs and kana 20 px. */
const mono: Measure = (text) =>
  [...graphemes.segment(text)].reduce(
    (w, { segment }) => w + (/[\u3040-\u9fff]/u.test(segment) ? 20 : 10),
    0,
  );

const NO_BREAK_SPACES = ['\u00a0', '\u2007', '\u202f'];
const PARTS = [...WRITTEN_TEXT_PARTS, '\r\n', '\u2003', ...NO_BREAK_SPACES];
const anyText = fc.oneof(
  fc.array(fc.constantFrom(...PARTS), { maxLength: 50 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

/**
 * The script as the wrap may show it, written out here rather than taken from `normaliseText`:
 * Windows line ends read as "\n" and every run of breakable white space (anything `\s` matches but
 * line breaks, no-break spaces and U+3000) as one space.
 */
const collapseBreakableSpace = (text: string) =>
  text.replace(/\r\n?/g, '\n').replace(/[^\S\n\u00a0\u2007\u202f\u3000\ufeff]+/gu, ' ');
const isNoBreakSpace = (char: string | undefined) => char !== undefined && NO_BREAK_SPACES.includes(char);
const firstGrapheme = (text: string) =>
  graphemes.segment(text)[Symbol.iterator]().next().value?.segment ?? '';

function expectTextKept(text: string, maxWidth: number): void {
  const lines = wrapText(text, maxWidth, mono);
  const expected = collapseBreakableSpace(text);
  // Walk the expected text line by line: between two lines only collapsed spaces and line breaks.
  let at = 0;
  const skipSeparator = (before = '') => {
    const start = at;
    while (at < expected.length && /[ \n]/u.test(expected[at]!) && !expected.startsWith(before || '\0', at)) {
      at += 1;
    }
    return expected.slice(start, at);
  };
  lines.forEach((line, i) => {
    const clusters = [...graphemes.segment(line)].map(({ segment }) => segment);
    expect(clusters.length).toBeGreaterThan(0);
    // A space carrying a combining mark (" ั") is a visible character; a bare one is a separator.
    expect(clusters[0]).not.toMatch(/^[ \n]$/u);
    expect(clusters.at(-1)).not.toMatch(/^[ \n]$/u);
    const separator = skipSeparator(line);
    expect(expected.slice(at, at + line.length)).toBe(line);
    if (i > 0 && separator === '') {
      // Broken inside a run of text: next to a no-break space only when forced (word too wide).
      const previous = lines[i - 1]!;
      if (isNoBreakSpace(previous.at(-1)) || isNoBreakSpace(line[0])) {
        expect(mono(previous + firstGrapheme(line))).toBeGreaterThan(maxWidth);
      }
    }
    at += line.length;
  });
  skipSeparator();
  expect(at).toBe(expected.length);
}

describe('FFmpeg text wrapping keeps the script’s characters', () => {
  it('for the texts renderers have changed before', () => {
    for (const text of CAPTION_TEXTS_THAT_MUST_SURVIVE) {
      for (const width of [25, 60, 120, 400, 5000]) expectTextKept(text, width);
    }
    // Full-width punctuation after Latin letters once moved before them: "今日は！OK".
    expect(wrapText('今日はOK！', 5000, mono)).toEqual(['今日はOK！']);
    for (const text of ['Quoi\u00a0? Déjà\u00a0?', '100\u202f% sûr', '心を\u3000今日は', '\u3000一行目']) {
      for (const width of [25, 50, 60, 120, 5000]) expectTextKept(text, width);
    }
  });

  it('for any text and line width', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 20, max: 400 }), (text, width) => expectTextKept(text, width)),
      { numRuns: 2000 },
    );
  });
});
