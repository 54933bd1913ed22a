import { describe, expect, it } from 'vitest';
import { formatProgressLine } from './progress-bar.js';

describe('formatProgressLine', () => {
  it('draws the filled part in proportion', () => {
    expect(formatProgressLine('a.json', 0.5, 'rendering', 10)).toBe(
      '[#####.....]  50% rendering              a.json',
    );
  });

  it('clamps out-of-range and NaN progress', () => {
    expect(formatProgressLine('x', 7, 'done', 4)).toContain('[####] 100%');
    expect(formatProgressLine('x', Number.NaN, 'queued', 4)).toContain('[....]   0%');
  });
});
