import { describe, expect, it } from 'vitest';
import { safeAreaFor } from '#core/safe-zone.js';
import { CAPTION_WORD_PADDING_EM, countLines, splitCaptionWords } from '#core/text-fit.js';
import { fitFontSize, LINE_HEIGHT } from './fit-text.js';

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
    // In pixels of the 1080 × 1920 frame the render fits in, as the render counts lines.
    const px = size * 10.8;
    const safe = safeAreaFor({ width: 1080, height: 1920 });
    const lines = countLines(splitCaptionWords(long), (safe.width * 0.92) / px, CAPTION_WORD_PADDING_EM);
    expect(lines * px * LINE_HEIGHT).toBeLessThanOrEqual(safe.height * 0.85);
    expect(fitFontSize('word '.repeat(400), 'point', '16:9')).toBeCloseTo(40 / 10.8);
  });

  it('follows the frame shape: a square has less height than portrait, landscape more width', () => {
    const text =
      'Hold empty for four, then repeat the square three more times, slowly and calmly, every single day of the week.';
    expect(fitFontSize(text, 'point', '1:1')).toBeLessThan(fitFontSize(text, 'point', '9:16'));
    expect(fitFontSize(text, 'point', '16:9')).toBeGreaterThan(fitFontSize(text, 'point', '9:16'));
  });

  it('uses the render line height', () => {
    expect(LINE_HEIGHT).toBe(1.22);
  });
});
