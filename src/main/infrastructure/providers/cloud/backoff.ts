/** How retries space out: exponential from `baseMs`, capped at `maxMs`, with up to +50 % jitter. */
export interface BackoffPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
  /** Longest server-requested wait (Retry-After, RateLimit-Reset) that is honoured as given. */
  readonly maxHintMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 60_000, maxHintMs: 300_000 };

/**
 * Delay before retry number `attempt` (1 for the first retry). Runway's error guide asks for
 * exponential backoff with "a random delay of up to 50 %" added, so many clients that failed
 * together do not come back together (https://docs.dev.runwayml.com/errors/errors).
 */
export function backoffDelayMs(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  const base = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  return Math.round(base * (1 + 0.5 * clamp01(random())));
}

/**
 * The wait before the next retry: the server's own hint when it gave one (never less), otherwise
 * the backoff. A hint is capped at `maxHintMs`, so a bogus header cannot park a job for a day.
 */
export function retryDelayMs(
  attempt: number,
  hintMs: number | undefined,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const backoff = backoffDelayMs(attempt, policy, random);
  if (hintMs === undefined) return backoff;
  // A little jitter on top of the hint, too: everyone told "retry in 5 s" should not retry at 5 s.
  const hinted = Math.min(policy.maxHintMs, hintMs);
  return Math.round(hinted + Math.min(backoff, hinted) * 0.1 * clamp01(random()));
}

/**
 * `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. Milliseconds from now, or
 * undefined when absent or unreadable. Runway sends it with 429.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number = Date.now(),
): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/**
 * `RateLimit-Reset` (IETF RateLimit header fields draft, which Synthesia follows): seconds until
 * the quota resets. Some servers send a Unix time instead; a value that large is read as one.
 */
export function parseRateLimitReset(
  value: string | null | undefined,
  nowMs: number = Date.now(),
): number | undefined {
  const text = value?.trim();
  if (!text || !/^\d+(\.\d+)?$/.test(text)) return undefined;
  const seconds = Number(text);
  if (seconds > 1_000_000_000) return Math.max(0, Math.round(seconds * 1000 - nowMs));
  return Math.round(seconds * 1000);
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
