import { JobNotFoundError } from '#core/errors.js';
import type { VideoJob } from '../job.js';

interface Waiter {
  resolve(job: VideoJob): void;
  reject(error: Error): void;
}

/** Callers waiting for jobs to end (`waitForJob`); each is settled exactly once. */
export class JobWaiters {
  readonly #waiters = new Map<string, Set<Waiter>>();

  get size(): number {
    return this.#waiters.size;
  }

  jobIds(): string[] {
    return [...this.#waiters.keys()];
  }

  wait(jobId: string): Promise<VideoJob> {
    return new Promise((resolve, reject) => {
      const set = this.#waiters.get(jobId) ?? new Set();
      set.add({ resolve, reject });
      this.#waiters.set(jobId, set);
    });
  }

  /** The job has ended (or the service is closing): everyone waiting gets it as it is. */
  settle(job: VideoJob): void {
    const waiters = this.#waiters.get(job.id);
    if (!waiters) return;
    this.#waiters.delete(job.id);
    for (const waiter of waiters) waiter.resolve(job);
  }

  /** The job was deleted (by another process) while someone waited for it. */
  settleRemoved(jobId: string): void {
    const waiters = this.#waiters.get(jobId);
    this.#waiters.delete(jobId);
    for (const waiter of waiters ?? []) waiter.reject(new JobNotFoundError(jobId));
  }

  /** The service is closing: everyone still waiting gets their job as it is now (or hears it is gone). */
  settleAll(current: (jobId: string) => VideoJob | undefined): void {
    for (const jobId of this.jobIds()) {
      const job = current(jobId);
      if (job) this.settle(job);
      else this.settleRemoved(jobId);
    }
  }
}
