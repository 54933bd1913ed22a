import { describe, expect, it } from 'vitest';
import { nextDeliveryAttempt, type RetryPolicy } from './delivery-retry.js';

const policy: RetryPolicy = { baseMs: 1000, maxDelayMs: 8000, giveUpAfterMs: 60_000 };
const completedAt = '2026-01-01T00:00:00.000Z';
const at = (ms: number) => new Date(Date.parse(completedAt) + ms);
const delayAfter = (attempts: number, random: number, nowMs = 0) => {
  const next = nextDeliveryAttempt({ attempts, completedAt, now: at(nowMs), policy, random: () => random });
  return next === undefined ? undefined : Date.parse(next) - at(nowMs).valueOf();
};

describe('nextDeliveryAttempt', () => {
  it('doubles the wait after each failure, up to the longest wait', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => delayAfter(n, 1))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('spreads retries over the second half of the wait (jitter)', () => {
    expect(delayAfter(3, 0)).toBe(2000);
    expect(delayAfter(3, 0.5)).toBe(3000);
    expect(delayAfter(3, 1)).toBe(4000);
  });

  it('gives up once the next try would fall after the limit', () => {
    expect(delayAfter(4, 1, 52_000)).toBe(8000);
    expect(delayAfter(4, 1, 52_001)).toBeUndefined();
  });
});
