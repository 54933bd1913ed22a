/** How long deliveries are retried before they are given up. */
export const WEBHOOK_RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Longest wait between two attempts. */
export const WEBHOOK_MAX_DELAY_MS = 60 * 60 * 1000;
export const DEFAULT_WEBHOOK_BASE_DELAY_MS = 5_000;

/**
 * Wait before attempt `attempts + 1`, after `attempts` failures: exponential from `baseMs`
 * (capped at an hour), with "equal jitter" — half fixed, half random — so receivers that come
 * back after an outage are not hit by every delivery at the same instant.
 */
export function retryDelayMs(attempts: number, baseMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(WEBHOOK_MAX_DELAY_MS, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}

/** Whether a delivery created at `createdAt` may still be attempted at `at`. */
export function withinRetryWindow(createdAt: string, at: Date, windowMs = WEBHOOK_RETRY_WINDOW_MS): boolean {
  return at.getTime() - Date.parse(createdAt) < windowMs;
}
