import { abortReason } from '../base-video-provider.js';
import { sleep } from './abortable.js';
import { retryDelayMs, type BackoffPolicy } from './backoff.js';
import { isTransient } from './call-error.js';

export interface RetryOptions {
  /** The job's signal: it always wins over waiting and retrying. */
  readonly signal: AbortSignal;
  /** Tries in all, the first one included. */
  readonly maxAttempts: number;
  readonly policy: BackoffPolicy;
  /** Whether a failure is worth another try; default: 429, 502/503/504, network, timeout. */
  readonly shouldRetry?: (error: unknown) => boolean;
  /** Told before each wait, e.g. to show "rate limited, retrying in 4 s". */
  readonly onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
  readonly random?: () => number;
}

/**
 * Runs `operation` until it succeeds, fails for good, or the tries run out (then the last error
 * is thrown). Between tries it waits the backoff, or at least what the server asked for through
 * `retryAfterMs`. An aborted signal stops it at once with the abort reason.
 */
export async function withRetries<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  const shouldRetry = options.shouldRetry ?? isTransient;
  for (let attempt = 1; ; attempt += 1) {
    if (options.signal.aborted) throw abortReason(options.signal);
    try {
      return await operation();
    } catch (error) {
      if (options.signal.aborted) throw abortReason(options.signal);
      if (attempt >= options.maxAttempts || !shouldRetry(error)) throw error;
      const hint = (error as { retryAfterMs?: unknown }).retryAfterMs;
      const delayMs = retryDelayMs(
        attempt,
        typeof hint === 'number' ? hint : undefined,
        options.policy,
        options.random,
      );
      options.onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs, options.signal);
    }
  }
}
