import { describe, expect, it } from 'vitest';
import { safeAreaFor } from './safe-zone.js';
import {
  CAPTION_WORD_PADDING_EM,
  countLines,
  fitSceneText,
  fitText,
  SCENE_TEXT_LIMITS,
  splitCaptionWords,
} from './text-fit.js';

describe('splitCaptionWords', () => {
  it('splits after each run of spaces, keeping punctuation with its word', () => {
    expect(splitCaptionWords('Breathe in, hold — and let go!')).toEqual([
      'Breathe ',
      'in, ',
      'hold ',
      '— ',
      'and ',
      'let ',
      'go!',
    ]);
    expect(splitCaptionWords('"Stop" now')).toEqual(['"Stop" ', 'now']);
  });

  it('finds words in text without spaces, and keeps a text with no words whole', () => {
    const words = splitCaptionWords('你好世界，今天很好');
    expect(words.length).toBeGreaterThan(1);
    expect(words.join('')).toBe('你好世界，今天很好');
    expect(splitCaptionWords(' 🔥🔥 ')).toEqual([' 🔥🔥 ']);
  });
});

describe('countLines', () => {
  it('wraps words greedily and breaks a word wider than a line', () => {
    expect(countLines(['aaaa ', 'bbbb'], 100)).toBe(1);
    expect(countLines(['aaaa ', 'bbbb'], 3)).toBe(2);
    expect(countLines(['a'.repeat(20)], 3)).toBe(4);
    expect(countLines(['aaa ', 'aaa'], 10)).toBe(1);
    expect(countLines(['aaa ', 'aaa'], 3)).toBe(2);
    expect(countLines(['a'.repeat(20)], 6)).toBe(2);
  });

  it('counts the padding of every word, so padded captions get smaller or wrap more', () => {
    // 'aa' is 1.2 em wide and a space 0.26 em: two fit in 2.7 em bare, not with 0.5 em of padding each.
    expect(countLines(['aa ', 'aa'], 2.7)).toBe(1);
    expect(countLines(['aa ', 'aa'], 2.7, 0.5)).toBe(2);
  });
});

describe('fitText', () => {
  const box = { maxWidth: 908, maxHeight: 600, preferredSize: 120, minSize: 40, lineHeight: 1.2 };

  it('keeps the preferred size for short text', () => {
    expect(fitText(['Breathe.'], box).fontSize).toBe(120);
  });

  it('shrinks long text until it fits the box', () => {
    const words =
      'This is a rather long main point that keeps going on and on about breathing slowly and calmly every single morning'
        .split(' ')
        .map((w) => `${w} `);
    const fitted = fitText(words, box);
    expect(fitted.fontSize).toBeLessThan(120);
    expect(fitted.lines * fitted.fontSize * 1.2).toBeLessThanOrEqual(600);
  });

  it('stops at the minimum size however long the text', () => {
    const words = Array.from({ length: 400 }, () => 'word ');
    expect(fitText(words, box).fontSize).toBe(40);
  });

  it('treats CJK characters as full width', () => {
    const latin = fitText(['abcdefghijklmnopqrstuvwxyzabcdefghij'], box).fontSize;
    const cjk = fitText(
      ['你好世界你好世界你好世界你好世界你好世界你好世界你好世界你好世界你好世界'],
      box,
    ).fontSize;
    expect(cjk).toBeLessThan(latin);
  });
});

describe('fitSceneText', () => {
  const portrait = { width: 1080, height: 1920 };

  it('starts each role at its preferred size inside the safe area', () => {
    for (const role of ['hook', 'point', 'cta'] as const) {
      const fitted = fitSceneText(['Go.'], role, portrait, CAPTION_WORD_PADDING_EM);
      expect(fitted.fontSize).toBe(SCENE_TEXT_LIMITS.preferredSize[role]);
      expect(fitted.safe).toEqual(safeAreaFor(portrait));
      expect(fitted.lineHeight).toBe(1.22);
    }
  });

  it('reserves the point badge and the call-to-action card padding', () => {
    expect(fitSceneText(['Go.'], 'point', portrait, 0)).toMatchObject({ badgeSize: 150, ctaPadding: 0 });
    expect(fitSceneText(['Go.'], 'cta', portrait, 0)).toMatchObject({ badgeSize: 0, ctaPadding: 56 });
    expect(fitSceneText(['Go.'], 'hook', portrait, 0)).toMatchObject({ badgeSize: 0, ctaPadding: 0 });
  });

  it('scales every limit with the frame', () => {
    const words = splitCaptionWords('word '.repeat(400));
    const small = fitSceneText(words, 'point', { width: 540, height: 960 }, 0);
    expect(small.unit).toBe(0.5);
    expect(small.badgeSize).toBe(75);
    expect(small.fontSize).toBe(20);
    expect(fitSceneText(['Go.'], 'hook', { width: 3840, height: 2160 }, 0).fontSize).toBe(240);
  });

  it('fits long text in the role’s share of the safe area', () => {
    const words = splitCaptionWords(
      'When your thoughts start racing, your breath is the fastest way back to calm, every single time.',
    );
    const fitted = fitSceneText(words, 'cta', portrait, CAPTION_WORD_PADDING_EM);
    expect(fitted.fontSize).toBeLessThan(88);
    const maxHeight = fitted.safe.height * 0.6 - 2 * fitted.ctaPadding;
    expect(fitted.lines * fitted.fontSize * fitted.lineHeight).toBeLessThanOrEqual(maxHeight);
  });
});
