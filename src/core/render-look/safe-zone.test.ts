import { describe, expect, it } from 'vitest';
import { contains, safeAreaFor } from './safe-zone.js';

describe('safeAreaFor', () => {
  it('keeps clear of the top 12 %, bottom 20 % and 8 % sides of a 9:16 frame', () => {
    expect(safeAreaFor({ width: 1080, height: 1920 })).toEqual({ x: 86, y: 230, width: 908, height: 1306 });
  });

  it('uses even coordinates and fits inside every frame shape', () => {
    for (const frame of [
      { width: 540, height: 960 },
      { width: 1080, height: 1080 },
      { width: 1920, height: 1080 },
    ]) {
      const area = safeAreaFor(frame);
      expect(area.x % 2).toBe(0);
      expect(area.y % 2).toBe(0);
      expect(contains({ x: 0, y: 0, ...frame }, area)).toBe(true);
    }
  });
});

describe('contains', () => {
  it('detects overflow on any side', () => {
    const outer = { x: 0, y: 0, width: 10, height: 10 };
    expect(contains(outer, { x: 0, y: 0, width: 10, height: 10 })).toBe(true);
    expect(contains(outer, { x: 1, y: 0, width: 10, height: 10 })).toBe(false);
    expect(contains(outer, { x: 0, y: -1, width: 5, height: 5 })).toBe(false);
  });
});

describe('safeAreaFor a platform', () => {
  it('is the core rectangle of that platform, evened', () => {
    for (const platform of ['tiktok', 'reels', 'shorts'] as const) {
      const area = safeAreaFor({ width: 1080, height: 1920 }, platform);
      expect(area.x % 2).toBe(0);
      expect((area.x + area.width) % 2).toBe(0);
      // Right edge clear of the button column (at least 11 % of 1080 = 119 px).
      expect(1080 - (area.x + area.width)).toBeGreaterThanOrEqual(119);
    }
  });
});
