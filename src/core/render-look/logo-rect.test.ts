import { describe, expect, it } from 'vitest';
import { logoRect } from './logo-rect.js';
import { safeAreaFor } from './safe-zone.js';

const frame = { width: 1080, height: 1920 };

describe('logoRect', () => {
  const safe = safeAreaFor(frame, 'tiktok');

  it('puts each corner of the logo on that corner of the safe zone', () => {
    const at = (position: 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right') =>
      logoRect(frame, { width: 200, height: 100, position }, 'tiktok');
    expect(at('top-left')).toMatchObject({ x: safe.x, y: safe.y });
    const topRight = at('top-right');
    expect(topRight.x + topRight.width).toBe(safe.x + safe.width);
    const bottomLeft = at('bottom-left');
    expect(bottomLeft.y + bottomLeft.height).toBe(safe.y + safe.height);
    expect(bottomLeft.x).toBe(safe.x);
  });

  it('keeps the aspect inside a box of 16 % of the shorter side, in even pixels', () => {
    const wide = logoRect(frame, { width: 400, height: 100, position: 'top-left' });
    expect(wide.width).toBe(172);
    expect(wide.height).toBe(44);
    const tall = logoRect(frame, { width: 50, height: 100, position: 'top-left' });
    expect([tall.width, tall.height]).toEqual([86, 172]);
  });
});
