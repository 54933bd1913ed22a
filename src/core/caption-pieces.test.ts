import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitCaptionPieces, splitWhiteSpace } from './caption-pieces.js';
import { CAPTION_TEXTS_THAT_MUST_SURVIVE } from './caption-test-texts.js';

/** Characters from every kind of script and punctuation, so generated strings mix them. */
const ALPHABET = [
  ...'abcXYZ019 .,:;!?#%&@-—–…\'"“”‘’«»()[]「」『』（）、。，！？',
  ...'心を落ち着かせる日本語カタカナーの中文字你好',
  ...'สวัสดีครับ',
  ...'مرحبابالعالم',
  ...'\t\n\u00a0\u3000',
  '👍🏽',
  '👨‍👩‍👧',
  '🇯🇵',
  'é',
  'e\u0301',
];

const mixedText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((chars) => chars.join(''));

describe('splitCaptionPieces', () => {
  it('joins back to exactly the input, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(splitCaptionPieces(text).join('')).toBe(text);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(splitCaptionPieces(text).join('')).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('never gives an empty piece, nor a piece of only white space unless the text is only that', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const pieces = splitCaptionPieces(text);
        for (const piece of pieces) expect(piece).not.toBe('');
        // No-break spaces are part of the text, not white space a line breaks at.
        const visible = /[\S\u00a0]/u;
        if (visible.test(text)) for (const piece of pieces) expect(piece).toMatch(visible);
      }),
      { numRuns: 2000 },
    );
  });

  it('splits text in scripts with spaces only after white space', () => {
    const spaced = fc
      .array(fc.constantFrom(...'abcXYZ019 .,:;!?#%&@-—\'"“”‘’«»()é', ' ', '  ', '\t', '👍🏽', 'مرحبا'), {
        maxLength: 40,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(spaced, (text) => {
        const tokens = /\S/u.test(text) ? text.match(/^\s*\S+\s*|\S+\s*/gu) : [text];
        expect(splitCaptionPieces(text)).toEqual(text === '' ? [] : tokens);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every reported text whole and each word in one piece', () => {
    for (const text of CAPTION_TEXTS_THAT_MUST_SURVIVE) expect(splitCaptionPieces(text).join('')).toBe(text);
    expect(splitCaptionPieces('Rule #1: breathe')).toEqual(['Rule ', '#1: ', 'breathe']);
    expect(splitCaptionPieces('at 5 a.m. daily')).toEqual(['at ', '5 ', 'a.m. ', 'daily']);
    expect(splitCaptionPieces('She said "I\'ll go"')).toEqual(['She ', 'said ', '"I\'ll ', 'go"']);
    expect(splitCaptionPieces('“I’ll do it”')).toEqual(['“I’ll ', 'do ', 'it”']);
  });

  it('splits Japanese, Chinese and Thai at word boundaries without adding anything', () => {
    const japanese = splitCaptionPieces('心を落ち着かせる');
    expect(japanese.length).toBeGreaterThan(1);
    expect(japanese.join('')).toBe('心を落ち着かせる');
    expect(splitCaptionPieces('今日は「心」です。')).toEqual(['今日', 'は', '「心」', 'です。']);
    expect(splitCaptionPieces('你好世界，今天很好').length).toBeGreaterThan(1);
    expect(splitCaptionPieces('สวัสดีครับ').length).toBeGreaterThan(1);
  });

  it('keeps white space where it was, and text without words in one piece', () => {
    expect(splitCaptionPieces('')).toEqual([]);
    expect(splitCaptionPieces('   ')).toEqual(['   ']);
    expect(splitCaptionPieces(' 🔥🔥 ')).toEqual([' 🔥🔥 ']);
    expect(splitCaptionPieces('  lead  double  ')).toEqual(['  lead  ', 'double  ']);
  });

  it('keeps no-break spaces inside the piece they join', () => {
    expect(splitCaptionPieces('Quoi\u00a0? 100\u202f% vrai')).toEqual([
      'Quoi\u00a0? ',
      '100\u202f% ',
      'vrai',
    ]);
  });
});

describe('splitWhiteSpace', () => {
  it('separates a piece’s spaces from what is drawn, and loses nothing', () => {
    expect(splitWhiteSpace('  lead  ')).toEqual({ before: '  ', visible: 'lead', after: '  ' });
    expect(splitWhiteSpace('#1: ')).toEqual({ before: '', visible: '#1:', after: ' ' });
    expect(splitWhiteSpace('Quoi\u00a0? ')).toEqual({ before: '', visible: 'Quoi\u00a0?', after: ' ' });
    expect(splitWhiteSpace(' \t')).toEqual({ before: ' \t', visible: '', after: '' });
    fc.assert(
      fc.property(mixedText, (text) => {
        for (const piece of splitCaptionPieces(text)) {
          const { before, visible, after } = splitWhiteSpace(piece);
          expect(before + visible + after).toBe(piece);
        }
      }),
    );
  });
});
