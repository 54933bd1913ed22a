import { describe, expect, it } from 'vitest';
import { countWords } from './count-words.js';

describe('countWords', () => {
  it('counts whitespace-separated words', () => {
    expect(countWords('Breathe in for four counts.')).toBe(5);
    expect(countWords('  spaced\tout\nwords  ')).toBe(3);
  });

  it('is zero for empty or blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n ')).toBe(0);
  });

  it('does not count lone punctuation or dashes as words', () => {
    expect(countWords('Stop — breathe … now !')).toBe(3);
  });

  it('counts numbers and contractions as one word each', () => {
    expect(countWords("Don't wait 10 minutes")).toBe(4);
  });

  it('counts Chinese at two characters per word instead of one word per sentence', () => {
    expect(countWords('深呼吸让你的心平静下来')).toBe(6); // 11 characters → 5.5 → 6
  });

  it('counts Japanese kana and kanji as characters', () => {
    expect(countWords('ゆっくり息を吸って')).toBe(5); // 9 characters
  });

  it('counts mixed Latin and CJK text by both rules', () => {
    expect(countWords('AI技术 is here')).toBe(4); // AI, is, here + 2 Han characters
  });

  it('counts Korean by spaces like Latin text', () => {
    expect(countWords('천천히 숨을 쉬세요')).toBe(3);
  });
});
