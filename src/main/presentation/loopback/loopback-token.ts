import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret per launch: 32 random bytes, URL-safe. */
export function createLoopbackToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Compares a presented token with the real one in constant time. Both are hashed first so the
 * comparison never leaks the length and `timingSafeEqual` always gets equal-sized buffers.
 */
export function tokenMatches(presented: string | null | undefined, expected: string): boolean {
  if (typeof presented !== 'string' || presented.length === 0 || presented.length > 1024) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
