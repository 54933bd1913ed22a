import type { PlatformId } from './platform-presets.js';
import type { CostEstimate } from './provider.js';
import type { FallbackAttempt, VideoResult } from './result.js';
import type { ScriptFormat, VideoScript } from './script.js';
import type { VideoTimeline } from './timeline/video-timeline.js';
import type { AspectRatio, VideoQuality } from './video-quality.js';
import type { VideoStatus } from './video-status.js';

// A render job as plain data: persisted by main, shown by the CLI and the page.

/** What the user asked for when queueing a job. */
export interface JobOptions {
  /** "auto" or a provider id. */
  readonly provider: string;
  readonly quality: VideoQuality;
  readonly aspectRatio: AspectRatio;
  /** Channel chosen by the user over the script's own. */
  readonly channel?: string;
  readonly outputDir: string;
  /** The publishing preset (flag, else the script's, else the config default); undefined: generic. */
  readonly platform?: PlatformId;
  /** Voice chosen for this render over the script's and the settings' (`render --voice`). */
  readonly voice?: string;
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
  /** The A/B variant this job renders, and the group shared by the variants of one render call. */
  readonly variant?: string;
  readonly variantGroup?: string;
  /** The render farm worker ("<host>/<id>") that holds or held the job. */
  readonly worker?: string;
}

export interface JobCost {
  readonly estimate?: CostEstimate;
  readonly actual?: CostEstimate;
}

export interface JobListFilter {
  readonly status?: readonly VideoStatus[];
  readonly channel?: string;
  readonly providerId?: string;
  /** The jobs of one render call of a script with A/B variants. */
  readonly variantGroup?: string;
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
