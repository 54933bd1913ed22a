import { setTimeout as delay } from 'node:timers/promises';
import { abortReason } from '../base-video-provider.js';

/** Waits `ms`, or rejects with the signal's reason (cancel, timeout) the moment it aborts. */
export async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) throw abortReason(signal);
  try {
    await delay(Math.max(0, ms), undefined, { signal });
  } catch (error) {
    if (signal.aborted) throw abortReason(signal);
    throw error;
  }
}

/** A signal that aborts with the job's signal or after `ms`, whichever comes first. */
export function withTimeout(signal: AbortSignal, ms: number): AbortSignal {
  return AbortSignal.any([signal, AbortSignal.timeout(Math.max(1, ms))]);
}

/**
 * A child signal for one request that follows `parent` (and, optionally, a timeout), released by
 * `dispose`. Libraries add an abort listener to every signal they are given; on the job's own
 * signal those would pile up over hours of polling, on a per-request child they go with it.
 */
export function requestSignal(
  parent: AbortSignal,
  timeoutMs?: number,
): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onAbort = () => controller.abort(parent.reason);
  if (parent.aborted) controller.abort(parent.reason);
  else parent.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(
          () => controller.abort(new DOMException('request timed out', 'TimeoutError')),
          Math.max(1, timeoutMs),
        );
  return {
    signal: controller.signal,
    dispose: () => {
      parent.removeEventListener('abort', onAbort);
      clearTimeout(timer);
    },
  };
}
