import { describe, expect, it } from 'vitest';
import { countLines, fitFontSize, safeBox } from './fit-text.js';

describe('fitFontSize', () => {
  it('keeps the preferred size for short text, by role', () => {
    expect(fitFontSize('Breathe.', 'hook', '9:16')).toBeCloseTo(120 / 10.8);
    expect(fitFontSize('Breathe.', 'point', '9:16')).toBeCloseTo(104 / 10.8);
    expect(fitFontSize('Follow', 'cta', '9:16')).toBeCloseTo(88 / 10.8);
  });

  it('shrinks long text until it fits the safe area, never below the minimum', () => {
    const long = 'When your thoughts start racing, your breath is the fastest way back to calm.';
    const size = fitFontSize(long, 'hook', '9:16');
    expect(size).toBeLessThanOrEqual(120 / 10.8);
    const safe = safeBox('9:16');
    expect(countLines(long, (safe.width * 0.92) / size) * size * 1.2).toBeLessThanOrEqual(safe.height * 0.85);
    expect(fitFontSize('word '.repeat(400), 'point', '16:9')).toBeCloseTo(40 / 10.8);
  });

  it('follows the frame shape: a square has less height than portrait, landscape more width', () => {
    const text =
      'Hold empty for four, then repeat the square three more times, slowly and calmly, every single day of the week.';
    expect(fitFontSize(text, 'point', '1:1')).toBeLessThan(fitFontSize(text, 'point', '9:16'));
    expect(fitFontSize(text, 'point', '16:9')).toBeGreaterThan(fitFontSize(text, 'point', '9:16'));
  });
});

describe('countLines', () => {
  it('wraps greedily and breaks words longer than a line', () => {
    expect(countLines('aaa aaa', 10)).toBe(1);
    expect(countLines('aaa aaa', 3)).toBe(2);
    expect(countLines('a'.repeat(20), 6)).toBe(2);
  });
});
