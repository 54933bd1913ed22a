import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '#core/platform-presets.js';
import { safeAreaFor } from '#core/safe-zone.js';
import { overlayParts, previewAspectRatio, safePadding } from './platform-frame.js';

/** The rectangle a padding string leaves in a 1080 × 1920 frame. */
function rectOf(padding: string, width: number, height: number) {
  const [top, right, bottom, left] = padding.split(' ').map((p) => Number.parseFloat(p) / 100);
  return {
    x: left! * width,
    y: top! * height,
    width: width * (1 - left! - right!),
    height: height * (1 - top! - bottom!),
  };
}

describe('safePadding', () => {
  it('leaves the same rectangle the renderers centre text in, for every platform', () => {
    for (const platform of PLATFORM_IDS) {
      const rect = rectOf(safePadding('9:16', platform), 1080, 1920);
      const safe = safeAreaFor({ width: 1080, height: 1920 }, platform);
      for (const key of ['x', 'y', 'width', 'height'] as const) expect(rect[key]).toBeCloseTo(safe[key], 1);
    }
  });

  it('keeps the generic zone of the old stylesheet (12 % top, 8 % sides, 20 % bottom)', () => {
    expect(safePadding('9:16', 'generic')).toBe('11.979cqh 7.963cqw 20.000cqh 7.963cqw');
  });
});

describe('overlayParts', () => {
  it("draws the platform's tabs, button column and caption inside its margins", () => {
    const parts = overlayParts('shorts');
    expect(parts.map((p) => p.kind)).toEqual(['tabs', 'buttons', 'caption']);
    const buttons = parts.find((p) => p.kind === 'buttons')!;
    expect(buttons.left + buttons.width).toBeCloseTo(100, 5);
    expect(buttons.width).toBe(15);
    expect(parts.find((p) => p.kind === 'caption')).toMatchObject({ top: 75, height: 25 });
    expect(overlayParts('generic')).toEqual([]);
  });
});

describe('previewAspectRatio', () => {
  it('is 9:16 for a platform and the chosen one otherwise', () => {
    expect(previewAspectRatio('16:9', 'tiktok')).toBe('9:16');
    expect(previewAspectRatio('1:1', 'generic')).toBe('1:1');
  });
});
