/** How failed uploads are retried. */
export interface RetryPolicy {
  /** Delay before the second attempt; doubles with each failure. */
  readonly baseMs: number;
  /** Longest wait between two attempts. */
  readonly maxDelayMs: number;
  /** No attempt starts later than this after the render completed; the delivery then fails. */
  readonly giveUpAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseMs: 5_000,
  maxDelayMs: 30 * 60_000,
  giveUpAfterMs: 24 * 60 * 60_000,
};

/**
 * When to try again after `attempts` failures: exponential backoff with full jitter (a random
 * point in [delay / 2, delay], so many deliveries that failed together do not retry together),
 * or undefined once the next try would fall after the give-up limit.
 */
export function nextDeliveryAttempt(input: {
  readonly attempts: number;
  readonly completedAt: string;
  readonly now: Date;
  readonly policy?: RetryPolicy;
  readonly random: () => number;
}): string | undefined {
  const policy = input.policy ?? DEFAULT_RETRY_POLICY;
  const delay = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** Math.max(0, input.attempts - 1));
  const jittered = delay / 2 + (delay / 2) * Math.min(1, Math.max(0, input.random()));
  const at = input.now.valueOf() + jittered;
  const deadline = Date.parse(input.completedAt) + policy.giveUpAfterMs;
  return at > deadline ? undefined : new Date(at).toISOString();
}
