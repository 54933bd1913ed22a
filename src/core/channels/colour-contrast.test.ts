import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  DARK_TEXT,
  isHexColour,
  LIGHT_TEXT,
  readableTextColour,
  relativeLuminance,
} from './colour-contrast.js';

describe('colour contrast', () => {
  it('gives black and white their WCAG luminance and the 21:1 ratio', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBe(1);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#000000')).toBe(21);
  });

  it('matches a known WCAG value', () => {
    // #767676 on white is the classic just-passing grey: 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('accepts only #rrggbb', () => {
    expect(isHexColour('#1a2B3c')).toBe(true);
    expect(isHexColour('#fff')).toBe(false);
    expect(isHexColour('red')).toBe(false);
    expect(() => relativeLuminance('#fff')).toThrow(/#rrggbb/);
  });

  it('picks dark text on light backgrounds and light text on dark ones', () => {
    expect(readableTextColour(['#fef3c7', '#fde68a'])).toBe(DARK_TEXT);
    expect(readableTextColour(['#1e1b4b', '#312e81'])).toBe(LIGHT_TEXT);
  });
});
