import type { CostEstimate } from '../domain/provider.js';
import type { FallbackAttempt, VideoResult } from '../domain/result.js';
import type { ScriptFormat, VideoScript } from '../domain/script.js';
import type { VideoTimeline } from '../domain/timeline.js';
import type { AspectRatio, VideoQuality } from '../domain/video-quality.js';
import type { VideoStatus } from '../domain/video-status.js';

/** What the user asked for when queueing a job. */
export interface JobOptions {
  /** "auto" or a provider id. */
  readonly provider: string;
  readonly quality: VideoQuality;
  readonly aspectRatio: AspectRatio;
  /** Channel chosen by the user over the script's own. */
  readonly channel?: string;
  readonly outputDir: string;
}

export interface JobError {
  readonly code: string;
  readonly message: string;
}

/** A render job as it is persisted: the queue and the history are both made of these. */
export interface VideoJob {
  readonly id: string;
  readonly status: VideoStatus;
  /** 0–1. */
  readonly progress: number;
  readonly stage: string;
  readonly options: JobOptions;
  readonly scriptName: string;
  readonly scriptPath?: string;
  readonly scriptFormat: ScriptFormat;
  /** The script text as it was when queued, so a retry renders the same thing. */
  readonly scriptContent: string;
  readonly script: VideoScript;
  readonly timeline: VideoTimeline;
  readonly channel: string;
  readonly topic: string;
  /** Provider running or that ran the job; undefined while queued for "auto". */
  readonly providerId?: string;
  readonly fallbackTrail: readonly FallbackAttempt[];
  readonly createdAt: string;
  readonly startedAt?: string;
  readonly completedAt?: string;
  readonly error?: JobError;
  readonly result?: VideoResult;
  /** Which process owns a queued or running job, so a crash can be told from a live peer. */
  readonly ownerPid?: number;
  /** The provider's durable render state (remote task ids), to resume after a crash. */
  readonly checkpoint?: Readonly<Record<string, unknown>>;
  /** What the provider estimated before rendering, and what the render cost. */
  readonly cost?: JobCost;
}

export interface JobCost {
  readonly estimate?: CostEstimate;
  readonly actual?: CostEstimate;
}

export interface JobListFilter {
  readonly status?: readonly VideoStatus[];
  readonly channel?: string;
  readonly providerId?: string;
  /** Matches topic or script name, case-insensitive. */
  readonly search?: string;
  /** ISO timestamps bounding createdAt. */
  readonly createdAfter?: string;
  readonly createdBefore?: string;
  readonly limit?: number;
  readonly offset?: number;
  /** Newest first unless "oldest". */
  readonly order?: 'newest' | 'oldest';
}

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
  >
> & {
  /** Explicitly clear these optional fields (e.g. error and result on retry). */
  readonly clear?: readonly (
    'error' | 'result' | 'providerId' | 'startedAt' | 'completedAt' | 'ownerPid' | 'checkpoint' | 'cost'
  )[];
};

export interface JobRepository {
  insert(job: VideoJob): void;
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

/** Per-provider counters the registry scores with and the dashboard shows. */
export interface ProviderMetrics {
  readonly providerId: string;
  readonly successes: number;
  readonly failures: number;
  readonly averageSeconds: number | undefined;
  readonly lastError?: string;
  readonly lastErrorAt?: string;
  readonly lastSuccessAt?: string;
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
