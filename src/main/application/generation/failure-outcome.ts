import {
  CancelledError,
  describeError,
  NoSuitableProviderError,
  ProviderError,
  ShutdownError,
  TimeoutError,
} from '#core/errors.js';
import type { JobError, JobUpdate, VideoJob } from '../job.js';

/** What happens to a job whose render stopped with `reason`; applied by the job runner. */
export interface FailureOutcome {
  readonly kind: 'cancelled' | 'resume-later' | 'interrupted' | 'fall-back' | 'failed';
  readonly update: JobUpdate;
  /** True when the job has ended, so whoever waits for it is answered. */
  readonly ended: boolean;
  /** A failure the provider's track record counts (not cancels or shutdowns). */
  readonly providerFailure?: string;
}

export interface FailureContext {
  readonly providerId: string;
  /** The provider can pick up a render it started, and the job holds its checkpoint. */
  readonly canResume: boolean;
  /** The service is closing: no fallback starts now. */
  readonly closing: boolean;
  readonly now: string;
}

/**
 * The next state of a job after its render stopped, decided without I/O or timers:
 * - cancelled by the user → "cancelled";
 * - stopped by a shutdown → queued to resume later when the remote render goes on, else
 *   "interrupted" (retry-able);
 * - a retryable provider error on an `auto` job → queued again for the next provider, with the
 *   attempt in its fallback trail;
 * - anything else → "failed" with the error.
 */
export function nextStateAfterFailure(
  job: VideoJob,
  reason: unknown,
  context: FailureContext,
): FailureOutcome {
  const { now, providerId } = context;
  if (reason instanceof CancelledError) {
    return {
      kind: 'cancelled',
      ended: true,
      update: {
        status: 'cancelled',
        stage: 'cancelled',
        completedAt: now,
        error: { code: 'cancelled', message: reason.message },
      },
    };
  }
  if (reason instanceof ShutdownError) {
    if (context.canResume) {
      // The remote render goes on; the next start (app or `reelforge resume`) picks it up.
      return {
        kind: 'resume-later',
        ended: false,
        update: {
          status: 'queued',
          stage: `waiting to resume at ${providerId}`,
          clear: ['ownerPid', 'startedAt'],
        },
      };
    }
    return {
      kind: 'interrupted',
      ended: true,
      update: {
        status: 'interrupted',
        stage: 'interrupted',
        completedAt: now,
        error: { code: 'interrupted', message: reason.message },
        clear: ['ownerPid'],
      },
    };
  }
  const message = describeError(reason);
  const canFallBack =
    job.options.provider === 'auto' &&
    reason instanceof ProviderError &&
    reason.retryable &&
    !context.closing;
  if (canFallBack) {
    return {
      kind: 'fall-back',
      ended: false,
      providerFailure: message,
      update: {
        status: 'queued',
        progress: 0,
        stage: `falling back after ${providerId} failed`,
        fallbackTrail: [...job.fallbackTrail, { providerId, error: message, retryable: true, at: now }],
        clear: ['providerId', 'startedAt', 'checkpoint'],
      },
    };
  }
  return { kind: 'failed', ended: true, providerFailure: message, update: failedUpdate(reason, now) };
}

/** A job that failed for good, with its error as the history shows it. */
export function failedUpdate(error: unknown, now: string): JobUpdate {
  return { status: 'failed', stage: 'failed', completedAt: now, error: toJobError(error) };
}

function toJobError(error: unknown): JobError {
  if (error instanceof TimeoutError) return { code: 'timeout', message: error.message };
  if (error instanceof NoSuitableProviderError) return { code: 'no_provider', message: error.message };
  if (error instanceof ProviderError) return { code: error.code, message: error.message };
  return { code: 'error', message: describeError(error) };
}
