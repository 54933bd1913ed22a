import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCharacters, countCharactersIfCheap, countCharactersUpTo } from './character-count.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** The plain whole-string count the windowed one must agree with. */
const reference = (text: string): number => [...segmenter.segment(text)].length;

// Texts whose characters straddle the 256-code-unit windows in every way that matters.
const samples = [
  '',
  'Breathe.',
  'a'.repeat(255) + '👍🏽' + 'b'.repeat(300),
  'e\u0301'.repeat(700),
  '🇫🇷🇩🇪'.repeat(200) + '🇫',
  'x' + '🇫'.repeat(513),
  '👨‍👩‍👧‍👦'.repeat(150),
  'a' + '\u0301'.repeat(1_000) + 'b',
  '\r\n'.repeat(300) + 'x\r',
  '深呼吸'.repeat(200),
  '각'.repeat(100) + '\u1100\u1161\u11a8'.repeat(200),
  'क्षि'.repeat(200),
];

describe('countCharacters', () => {
  it('counts plain text like length', () => {
    expect(countCharacters('Breathe.')).toBe(8);
    expect(countCharacters('')).toBe(0);
  });

  it('counts an emoji or a combining accent as one character', () => {
    expect(countCharacters('🔥')).toBe(1);
    expect(countCharacters('👍🏽')).toBe(1);
    expect(countCharacters('e\u0301')).toBe(1);
  });

  it('counts each CJK character once', () => {
    expect(countCharacters('深呼吸')).toBe(3);
  });

  it('gives the same count as segmenting the whole string at once, across windows', () => {
    for (const text of samples) expect(countCharacters(text)).toBe(reference(text));
  });

  it('agrees with the whole-string count on random mixes of joiners, marks, flags and emoji', () => {
    const piece = fc.constantFrom(
      'a',
      ' ',
      '\u0301',
      '\u200d',
      '👍',
      '🏽',
      '🇫',
      '🇷',
      '深',
      '\r',
      '\n',
      '\u1100',
      '\u1161',
      'क',
      '\u094d',
      '\ud83d',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 200, maxLength: 900 }), fc.nat(1_000), (pieces, limit) => {
        const text = pieces.join('');
        const exact = reference(text);
        expect(countCharacters(text)).toBe(exact);
        expect(countCharactersUpTo(text, limit)).toBe(Math.min(exact, limit + 1));
      }),
      { numRuns: 200 },
    );
  });
});

describe('countCharactersUpTo', () => {
  it('is exact up to the limit and limit + 1 past it', () => {
    for (const text of samples) {
      const exact = reference(text);
      for (const limit of [0, 1, 150, 255, 256, 257, exact - 1, exact, exact + 1]) {
        if (limit < 0) continue;
        expect(countCharactersUpTo(text, limit)).toBe(Math.min(exact, limit + 1));
      }
    }
  });

  it('stops segmenting past the limit', () => {
    const segment = Intl.Segmenter.prototype.segment;
    let segmented = 0;
    Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, input: string) {
      segmented += input.length;
      return segment.call(this, input);
    };
    try {
      expect(countCharactersUpTo('a'.repeat(900_000), 150)).toBe(151);
    } finally {
      Intl.Segmenter.prototype.segment = segment;
    }
    expect(segmented).toBeLessThan(1_000);
  });
});

describe('countCharactersIfCheap', () => {
  it('is exact for short texts and long plain text, and gives up on long complex text', () => {
    for (const text of samples.map((sample) => sample.slice(0, 1_000)))
      expect(countCharactersIfCheap(text, 10)).toBe(reference(text));
    expect(countCharactersIfCheap(`👍🏽${'word '.repeat(180_000)}\r\n`, 150)).toBe(1 + 900_000 + 1);
    expect(countCharactersIfCheap('👍🏽'.repeat(100_000), 150)).toBeUndefined();
  });
});
