import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '../platform-presets.js';
import { safeAreaFor } from '../safe-zone.js';
import { captionHighlightColour, captionPlacement } from './caption-style.js';

describe('captionPlacement', () => {
  it('keeps the caption box inside the platform safe zone, above its lower edge', () => {
    const frame = { width: 1080, height: 1920 };
    for (const platform of PLATFORM_IDS) {
      const safe = safeAreaFor(frame, platform);
      const place = captionPlacement(frame, platform);
      expect(place.left).toBeGreaterThanOrEqual(safe.x);
      expect(frame.width - place.right).toBeLessThanOrEqual(safe.x + safe.width);
      expect(frame.height - place.bottom).toBeLessThan(safe.y + safe.height);
      expect(place.fontSize).toBe(Math.round(1080 * 0.06));
    }
  });
});

describe('captionHighlightColour', () => {
  it("takes the channel's accent when it reads on the dark box, else a bright yellow", () => {
    expect(captionHighlightColour('#0ea5e9')).toBe('#0ea5e9');
    expect(captionHighlightColour('#1e1b4b')).toBe('#ffd60a');
  });
});
