import { describe, expect, it } from 'vitest';
import { countCharacters } from './character-count.js';

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
});
