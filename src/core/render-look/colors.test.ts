import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColor, readableTextOn, withAlpha } from './colors.js';

describe('colours', () => {
  it('parses long and short hex and names the field when it cannot', () => {
    expect(parseHexColor('#ff8000', 'x')).toEqual({ r: 255, g: 128, b: 0 });
    expect(parseHexColor('0af', 'x')).toEqual({ r: 0, g: 170, b: 255 });
    expect(() => parseHexColor('orange', 'palette.accent')).toThrow(/palette\.accent.*"orange"/);
  });

  it('computes the WCAG contrast ratio', () => {
    expect(contrastRatio(parseHexColor('#000', 'a'), parseHexColor('#fff', 'b'))).toBeCloseTo(21);
    expect(contrastRatio(parseHexColor('#777', 'a'), parseHexColor('#777', 'b'))).toBeCloseTo(1);
  });

  it('keeps the preferred text colour when it reads, else picks dark or light', () => {
    expect(readableTextOn('#1a237e', '#ffffff')).toBe('#ffffff');
    expect(readableTextOn('#ffeb3b', '#ffffff')).toBe('#111111');
    expect(readableTextOn('#202020', '#303030')).toBe('#ffffff');
  });

  it('formats rgba', () => {
    expect(withAlpha('#102030', 0.5)).toBe('rgba(16, 32, 48, 0.5)');
  });
});
