import { describe, expect, it } from 'vitest';
import { safeAreaFor, safeMarginsFor } from './safe-zone.js';

describe('safeMarginsFor', () => {
  it('gives vertical feeds the widest margins', () => {
    expect(safeMarginsFor({ width: 1080, height: 1920 })).toEqual({ top: 0.12, bottom: 0.2, sides: 0.08 });
    expect(safeMarginsFor({ width: 1080, height: 1080 })).toEqual({ top: 0.08, bottom: 0.12, sides: 0.08 });
    expect(safeMarginsFor({ width: 1920, height: 1080 })).toEqual({ top: 0.08, bottom: 0.12, sides: 0.06 });
  });
});

describe('safeAreaFor', () => {
  it('keeps 9:16 text out of the top 12 %, bottom 20 % and 8 % sides', () => {
    expect(safeAreaFor({ width: 1080, height: 1920 })).toEqual({ x: 86, y: 230, width: 908, height: 1306 });
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
    expect(safeAreaFor({ width: 540, height: 960 }, even)).toEqual({
      x: 44,
      y: 116,
      width: 452,
      height: 652,
    });
  });
});
