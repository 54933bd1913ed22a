import { describe, expect, it } from 'vitest';
import { fitText, normaliseText, splitIntoUnits, wrapText, type Measure } from './text-wrap.js';

/** Every grapheme is 10 px wide, CJK 20 px: enough to test wrapping without a font. */
const mono: Measure = (text) =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].reduce(
    (w, { segment }) => w + (/[\u3040-\u9fff]/u.test(segment) ? 20 : 10),
    0,
  );

describe('splitIntoUnits', () => {
  it('splits words on spaces and CJK between characters, gluing closing punctuation', () => {
    expect(splitIntoUnits('Hi there').map((u) => u.text)).toEqual(['Hi', 'there']);
    expect(splitIntoUnits('日本語、テスト。').map((u) => u.text)).toEqual([
      '日',
      '本',
      '語、',
      'テ',
      'ス',
      'ト。',
    ]);
  });

  it('never splits an emoji sequence or a combining accent', () => {
    const units = splitIntoUnits('👩‍👩‍👧 e\u0301te');
    expect(units.map((u) => u.text)).toEqual(['👩‍👩‍👧', 'e\u0301te']);
    expect(units[1]?.spaceBefore).toBe(true);
  });
});

describe('wrapText', () => {
  it('wraps at the measured width and keeps every word', () => {
    const lines = wrapText('one two three four five', 100, mono);
    expect(lines).toEqual(['one two', 'three four', 'five']);
    expect(lines.every((l) => mono(l) <= 100)).toBe(true);
  });

  it('breaks CJK text between characters and keeps explicit line breaks', () => {
    expect(wrapText('这是一个很长的中文句子', 100, mono)).toEqual(['这是一个很', '长的中文句', '子']);
    expect(wrapText('a\nb', 100, mono)).toEqual(['a', 'b']);
  });

  it('splits a word longer than a line between graphemes', () => {
    expect(wrapText('abcdefghijklmnop', 50, mono)).toEqual(['abcde', 'fghij', 'klmno', 'p']);
  });

  it('handles quotes, %, backslashes and brackets like any other character', () => {
    expect(wrapText('"50%" \\ [x]: it\'s', 1000, mono)).toEqual(['"50%" \\ [x]: it\'s']);
  });

  // Issue #18: no-break spaces are the creator's characters and hold their neighbours together.
  it('keeps no-break spaces and never breaks a line at one', () => {
    expect(wrapText('Quoi\u00a0? Déjà\u00a0?', 60, mono)).toEqual(['Quoi\u00a0?', 'Déjà\u00a0?']);
    expect(wrapText('100\u202f% sûr', 1000, mono)).toEqual(['100\u202f% sûr']);
    expect(wrapText('1\u20070 1\u20070', 30, mono)).toEqual(['1\u20070', '1\u20070']);
    // Between ideographs, where a line could otherwise break anywhere.
    expect(wrapText('今日\u00a0は', 50, mono)).toEqual(['今', '日\u00a0は']);
  });

  it('keeps the ideographic space as written and breaks only after it', () => {
    expect(wrapText('心を\u3000今日は', 1000, mono)).toEqual(['心を\u3000今日は']);
    expect(wrapText('心を\u3000今日は', 60, mono)).toEqual(['心を\u3000', '今日は']);
    expect(wrapText('\u3000心', 1000, mono)).toEqual(['\u3000心']);
  });
});

describe('normaliseText', () => {
  it('collapses spaces, trims lines and CRLF', () => {
    expect(normaliseText('  a \t b \r\n\r\n\r\n c  ')).toBe('a b\n\nc');
  });

  it('keeps no-break and ideographic spaces, even at the ends of a line', () => {
    expect(normaliseText('\u00a0a\u00a0\u00a0b \u202f c\u3000\u3000d\u2007')).toBe(
      '\u00a0a\u00a0\u00a0b \u202f c\u3000\u3000d\u2007',
    );
    expect(normaliseText(' \u3000心 \n')).toBe('\u3000心');
  });
});

describe('fitText', () => {
  const measureAt =
    (size: number): Measure =>
    (t) =>
      (mono(t) * size) / 10;

  it('keeps the start size when the text fits', () => {
    const fit = fitText({
      text: 'short',
      maxWidth: 500,
      maxHeight: 200,
      startSize: 40,
      minSize: 10,
      lineHeight: 1.2,
      measureAt,
    });
    expect(fit).toEqual({ size: 40, lines: ['short'], truncated: false });
  });

  it('shrinks until the wrapped text fits the box', () => {
    const text = 'a fairly long sentence that needs several lines to fit';
    const fit = fitText({
      text,
      maxWidth: 300,
      maxHeight: 150,
      startSize: 60,
      minSize: 10,
      lineHeight: 1.2,
      measureAt,
    });
    expect(fit.size).toBeLessThan(60);
    expect(fit.truncated).toBe(false);
    expect(fit.lines.length * fit.size * 1.2).toBeLessThanOrEqual(150);
    expect(fit.lines.join(' ')).toBe(text);
  });

  it('cuts with an ellipsis when even the smallest size overflows', () => {
    const text = 'word '.repeat(200);
    const fit = fitText({
      text,
      maxWidth: 100,
      maxHeight: 60,
      startSize: 40,
      minSize: 20,
      lineHeight: 1.5,
      measureAt,
    });
    expect(fit.truncated).toBe(true);
    expect(fit.size).toBe(20);
    expect(fit.lines).toHaveLength(2);
    expect(fit.lines.at(-1)).toMatch(/…$/);
    expect(fit.lines.every((l) => measureAt(20)(l) <= 100)).toBe(true);
  });
});
