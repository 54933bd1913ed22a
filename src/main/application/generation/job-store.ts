import { JobNotFoundError } from '#core/errors.js';
import type { JobEventHub } from '../job-events.js';
import type { JobRepository, JobUpdate, VideoJob } from '../job.js';

/**
 * The job table as the generation parts use it: every state change is written and announced in
 * one step, so no part can change a job without the UI hearing of it. Progress writes that are
 * announced separately (throttled) use `write`.
 */
export class JobStore {
  constructor(
    readonly jobs: JobRepository,
    private readonly events: JobEventHub,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  now(): string {
    return this.clock().toISOString();
  }

  /** A job by its exact id, or by a unique prefix (as typed in the CLI). */
  require(idOrPrefix: string): VideoJob {
    const exact = this.jobs.get(idOrPrefix);
    if (exact) return exact;
    const id = this.jobs.resolveIdPrefix(idOrPrefix);
    const job = id === undefined ? undefined : this.jobs.get(id);
    if (!job) throw new JobNotFoundError(idOrPrefix);
    return job;
  }

  insert(job: VideoJob): void {
    this.insertAll([job]);
  }

  /** Stores the jobs (and whatever `alongside` writes) in one transaction, then announces them. */
  insertAll(jobs: readonly VideoJob[], alongside?: () => void): void {
    this.jobs.insertAll(jobs, alongside);
    for (const job of jobs) this.events.emit({ type: 'job-added', job });
  }

  update(jobId: string, update: JobUpdate): VideoJob {
    const job = this.jobs.update(jobId, update);
    this.events.emit({ type: 'job-updated', job });
    return job;
  }

  /** Writes without an event: progress (announced by its own throttle), cost, checkpoints. */
  write(jobId: string, update: JobUpdate): void {
    this.jobs.update(jobId, update);
  }

  remove(jobId: string): void {
    this.jobs.delete(jobId);
    this.events.emit({ type: 'job-removed', jobId });
  }
}
