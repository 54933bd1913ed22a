import type { JobListFilter, ProviderMetrics, VideoJob } from '#core/job.js';

// The job data types live in src/core (the page shows them too); the repositories stay here.
export type { JobCost, JobError, JobListFilter, JobOptions, ProviderMetrics, VideoJob } from '#core/job.js';

/** Fields a state change may set; the repository stamps nothing on its own. */
export type JobUpdate = Partial<
  Pick<
    VideoJob,
    | 'status'
    | 'progress'
    | 'stage'
    | 'providerId'
    | 'fallbackTrail'
    | 'startedAt'
    | 'completedAt'
    | 'error'
    | 'result'
    | 'ownerPid'
    | 'checkpoint'
    | 'cost'
    | 'timeline'
  >
> & {
  /** Explicitly clear these optional fields (e.g. error and result on retry). */
  readonly clear?: readonly (
    'error' | 'result' | 'providerId' | 'startedAt' | 'completedAt' | 'ownerPid' | 'checkpoint' | 'cost'
  )[];
};

export interface JobRepository {
  insert(job: VideoJob): void;
  /**
   * Inserts the jobs and runs `alongside` in one transaction: if it throws, none is stored (an
   * idempotency key is recorded with its jobs or not at all).
   */
  insertAll(jobs: readonly VideoJob[], alongside?: () => void): void;
  get(id: string): VideoJob | undefined;
  /** Applies the update and returns the new row; throws `JobNotFoundError` when absent. */
  update(id: string, update: JobUpdate): VideoJob;
  list(filter?: JobListFilter): VideoJob[];
  count(filter?: JobListFilter): number;
  delete(id: string): boolean;
  /** Queued jobs in queue order (oldest first). */
  listQueued(): VideoJob[];
  /** Jobs in "running" state, whatever their owner. */
  listRunning(): VideoJob[];
  /** Resolves a unique id prefix (as typed in the CLI) to a job id. */
  resolveIdPrefix(prefix: string): string | undefined;
  /** Counts of jobs grouped by a column, for the metrics dashboard. */
  countBy(column: 'providerId' | 'channel' | 'quality' | 'status'): Record<string, number>;
}

export interface ProviderMetricsRepository {
  recordSuccess(providerId: string, seconds: number, at: string): void;
  recordFailure(providerId: string, error: string, at: string): void;
  get(providerId: string): ProviderMetrics | undefined;
  list(): ProviderMetrics[];
}

/** Cancel requests between processes sharing one database. */
export interface CancelRequestRepository {
  request(jobId: string, at: string): void;
  /** Returns the ids among `jobIds` that have a pending request, and clears those requests. */
  take(jobIds: readonly string[]): string[];
}
