import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryDelayMs, WEBHOOK_MAX_DELAY_MS, withinRetryWindow } from './retry-schedule.js';

describe('retryDelayMs', () => {
  it('doubles per failure, between half and all of the exponential step', () => {
    expect(retryDelayMs(1, 1000, () => 0)).toBe(500);
    expect(retryDelayMs(1, 1000, () => 1)).toBe(1000);
    expect(retryDelayMs(3, 1000, () => 1)).toBe(4000);
    expect(retryDelayMs(3, 1000, () => 0.5)).toBe(3000);
  });

  it('never exceeds the cap and is never negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 600_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, base, r) => {
          const delay = retryDelayMs(n, base, () => r);
          return delay >= 0 && delay <= WEBHOOK_MAX_DELAY_MS;
        },
      ),
    );
  });
});

describe('withinRetryWindow', () => {
  it('allows attempts for 24 hours after the event', () => {
    const created = '2026-01-01T00:00:00.000Z';
    expect(withinRetryWindow(created, new Date('2026-01-01T23:59:59.000Z'))).toBe(true);
    expect(withinRetryWindow(created, new Date('2026-01-02T00:00:00.000Z'))).toBe(false);
  });
});
