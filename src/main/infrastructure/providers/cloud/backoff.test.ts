import { describe, expect, it } from 'vitest';
import { backoffDelayMs, parseRateLimitReset, parseRetryAfter, retryDelayMs } from './backoff.js';

const policy = { baseMs: 1000, maxMs: 8000, maxHintMs: 30_000 };

describe('backoff', () => {
  it('doubles per attempt, caps at maxMs, and adds up to 50 % jitter', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelayMs(n, policy, () => 0))).toEqual([
      1000, 2000, 4000, 8000, 8000,
    ]);
    expect(backoffDelayMs(1, policy, () => 1)).toBe(1500);
    expect(backoffDelayMs(2, policy, () => 0.5)).toBe(2500);
  });

  it('never waits less than the server asked, and caps absurd hints', () => {
    expect(retryDelayMs(1, 5000, policy, () => 0)).toBe(5000);
    expect(retryDelayMs(1, 5000, policy, () => 1)).toBe(5150);
    expect(retryDelayMs(1, 999_999_000, policy, () => 0)).toBe(30_000);
    expect(retryDelayMs(3, undefined, policy, () => 0)).toBe(4000);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('0.5')).toBe(500);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('reads RateLimit-Reset as seconds to go, or a Unix time when it is that large', () => {
    expect(parseRateLimitReset('7')).toBe(7000);
    expect(parseRateLimitReset(String(1_800_000_060), 1_800_000_000_000)).toBe(60_000);
    expect(parseRateLimitReset('-1')).toBeUndefined();
    expect(parseRateLimitReset(undefined)).toBeUndefined();
  });
});
