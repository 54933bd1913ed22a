import { describe, expect, it } from 'vitest';
import { countLines, fitText, safeAreaFor } from './layout.js';

describe('safeAreaFor', () => {
  it('keeps 9:16 text out of the top 12 %, bottom 20 % and 8 % sides', () => {
    expect(safeAreaFor(1080, 1920)).toEqual({ x: 86, y: 230, width: 908, height: 1306 });
  });

  it('uses smaller margins for landscape frames', () => {
    const area = safeAreaFor(1920, 1080);
    expect(area.x).toBeLessThan(0.08 * 1920);
    expect(area.y + area.height).toBeLessThanOrEqual(1080);
  });
});

describe('countLines', () => {
  it('wraps words greedily and breaks a word wider than a line', () => {
    expect(countLines(['aaaa ', 'bbbb'], 100)).toBe(1);
    expect(countLines(['aaaa ', 'bbbb'], 3)).toBe(2);
    expect(countLines(['a'.repeat(20)], 3)).toBe(4);
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

describe('fitText with padded words', () => {
  it('counts the padding of every word, so padded captions get smaller or wrap more', () => {
    // 'aa' is 1.2 em wide and a space 0.26 em: two fit in 2.7 em bare, not with 0.5 em of padding each.
    expect(countLines(['aa ', 'aa'], 2.7)).toBe(1);
    expect(countLines(['aa ', 'aa'], 2.7, 0.5)).toBe(2);
  });
});
