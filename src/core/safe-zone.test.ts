import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from './platform-presets.js';
import { safeAreaFor, safeMarginsFor } from './safe-zone.js';

describe('safeMarginsFor', () => {
  it('gives vertical feeds the widest margins', () => {
    const sides = { left: 0.08, right: 0.08 };
    expect(safeMarginsFor({ width: 1080, height: 1920 })).toEqual({ top: 0.12, bottom: 0.2, ...sides });
    expect(safeMarginsFor({ width: 1080, height: 1080 })).toEqual({ top: 0.08, bottom: 0.12, ...sides });
    expect(safeMarginsFor({ width: 1920, height: 1080 })).toEqual({
      top: 0.08,
      bottom: 0.12,
      left: 0.06,
      right: 0.06,
    });
  });

  it("uses each platform's own asymmetric zone for a portrait frame", () => {
    const portrait = { width: 1080, height: 1920 };
    for (const platform of ['tiktok', 'reels', 'shorts'] as const) {
      const m = safeMarginsFor(portrait, platform);
      // The ranges for 1080×1920: top 7–10 %, bottom 20–25 %, right 11–15 % (buttons).
      expect(m.top).toBeGreaterThanOrEqual(0.07);
      expect(m.top).toBeLessThanOrEqual(0.1);
      expect(m.bottom).toBeGreaterThanOrEqual(0.2);
      expect(m.bottom).toBeLessThanOrEqual(0.25);
      expect(m.right).toBeGreaterThanOrEqual(0.11);
      expect(m.right).toBeLessThanOrEqual(0.15);
      expect(m.right).toBeGreaterThan(m.left);
    }
  });
});

describe('safeAreaFor', () => {
  it('keeps generic 9:16 text out of the top 12 %, bottom 20 % and 8 % sides', () => {
    expect(safeAreaFor({ width: 1080, height: 1920 })).toEqual({ x: 86, y: 230, width: 908, height: 1306 });
  });

  it('is asymmetric for a platform: the right edge clears the button column', () => {
    // TikTok: left 6 % (65 px), right 13 % (140 px), top 8 % (154 px), bottom 22 % (422 px).
    expect(safeAreaFor({ width: 1080, height: 1920 }, 'tiktok')).toEqual({
      x: 65,
      y: 154,
      width: 875,
      height: 1344,
    });
    // Shorts: the widest right column, 15 % = 162 px.
    const shorts = safeAreaFor({ width: 1080, height: 1920 }, 'shorts');
    expect(1080 - (shorts.x + shorts.width)).toBe(162);
  });

  it('scales with the frame: a draft frame gets the same fractions', () => {
    for (const platform of PLATFORM_IDS) {
      const full = safeAreaFor({ width: 1080, height: 1920 }, platform);
      const half = safeAreaFor({ width: 540, height: 960 }, platform);
      expect(Math.abs(half.x * 2 - full.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(half.width * 2 - full.width)).toBeLessThanOrEqual(2);
      expect(Math.abs(half.height * 2 - full.height)).toBeLessThanOrEqual(2);
    }
  });

  it('uses smaller margins for landscape frames', () => {
    const area = safeAreaFor({ width: 1920, height: 1080 });
    expect(area.x).toBeLessThan(0.08 * 1920);
    expect(area.y + area.height).toBeLessThanOrEqual(1080);
  });

  it('rounds edges to whole pixels, or with the rounding given', () => {
    // 540 × 960: sides 43.2, top 115.2, bottom edge 768.
    expect(safeAreaFor({ width: 540, height: 960 })).toEqual({ x: 43, y: 115, width: 454, height: 653 });
    const even = (v: number) => 2 * Math.round(v / 2);
    expect(safeAreaFor({ width: 540, height: 960 }, 'generic', even)).toEqual({
      x: 44,
      y: 116,
      width: 452,
      height: 652,
    });
  });
});
