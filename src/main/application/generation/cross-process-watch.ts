import { CancelledError } from '#core/errors.js';
import { isTerminalStatus } from '#core/video-status.js';
import type { CancelRequestRepository } from '../job.js';
import type { ActiveJobs } from './active-jobs.js';
import type { JobStore } from './job-store.js';
import type { JobWaiters } from './job-waiters.js';

/** How often a process looks for cancel requests and for jobs other processes finished. */
const WATCH_INTERVAL_MS = 300;

export interface CrossProcessWatchDeps {
  readonly store: JobStore;
  readonly cancelRequests: CancelRequestRepository;
  readonly active: ActiveJobs;
  readonly waiters: JobWaiters;
}

/**
 * While this process runs jobs or waits for some, it polls the shared database: other processes
 * may ask it to cancel a job, or may have finished, cancelled or deleted one it waits for. The
 * timer stops by itself when there is nothing left to watch.
 */
export class CrossProcessWatch {
  #timer: ReturnType<typeof setInterval> | undefined;
  #stopped = false;

  constructor(private readonly deps: CrossProcessWatchDeps) {}

  /** Starts polling unless it already does (or the watch was stopped for good). */
  ensure(): void {
    if (this.#timer || this.#stopped) return;
    this.#timer = setInterval(() => this.#tick(), WATCH_INTERVAL_MS);
    this.#timer.unref?.();
  }

  /** Stops for good (the service is closing). */
  stop(): void {
    this.#stopped = true;
    this.#pause();
  }

  #pause(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #tick(): void {
    const { store, active, waiters } = this.deps;
    try {
      for (const jobId of this.deps.cancelRequests.take(active.ids())) {
        active
          .get(jobId)
          ?.controller.abort(new CancelledError('cancelled from another Reelforge window or terminal'));
      }
      for (const jobId of waiters.jobIds()) {
        if (active.has(jobId)) continue;
        const job = store.jobs.get(jobId);
        if (!job) waiters.settleRemoved(jobId);
        else if (isTerminalStatus(job.status)) waiters.settle(job);
      }
    } catch {
      // A busy database this tick is retried on the next one.
    }
    if (active.size === 0 && waiters.size === 0) this.#pause();
  }
}
