import { join } from 'node:path';
import { ReelforgeError } from '#core/errors.js';
import type { FallbackAttempt } from '#core/result.js';
import type { JobUpdate, VideoJob } from '../job.js';
import { FarmWorkers } from './farm-workers.js';

/** What the coordinator needs of the service: read a job, and change it as a worker reports. */
export interface FarmJobs {
  getJob(jobId: string): VideoJob;
  recordFarmUpdate(jobId: string, update: JobUpdate): VideoJob;
}

/** The `jobs.worker` column. */
export interface JobWorkerColumn {
  set(jobId: string, worker: string | undefined): void;
  get(jobId: string): string | undefined;
}

/** A refused worker call: the job moved on (cancelled, completed, taken over by another worker). */
export class FarmConflictError extends ReelforgeError {}

/** The worker does not run the provider the job asks for: another worker should take it. */
export class FarmUnsuitableError extends ReelforgeError {}

/** A media file the job's script names: fetched by the worker by its sha256, placed at `relativePath`. */
export interface FarmJobInput {
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly relativePath: string;
  /**
   * A file outside the script's folder (an absolute path, or one leading out of it): the
   * coordinator's absolute path and the path from the script's folder, so the worker's parse
   * finds its copy whichever way the script wrote it.
   */
  readonly namedAs?: { readonly absolutePath: string; readonly fromScriptFolder: string };
}

/** What a worker needs to render a job: the script as queued, its media and the options resolved then. */
export interface FarmJobTicket {
  readonly jobId: string;
  readonly scriptName: string;
  readonly scriptContent: string;
  readonly inputs: readonly FarmJobInput[];
  readonly options: {
    readonly provider: string;
    readonly quality: string;
    readonly aspectRatio: string;
    readonly channel?: string;
    readonly platform?: string;
    readonly voice?: string;
    readonly template?: string;
    readonly variant?: string;
  };
}

/** A finished render as the worker describes it; its files were uploaded before. */
export interface FarmCompletion {
  readonly providerId: string;
  readonly video: string;
  readonly poster?: string;
  readonly extraFiles: readonly string[];
  readonly durationSeconds: number;
  readonly width: number;
  readonly height: number;
  readonly mimeType: string;
  readonly renderSeconds: number;
  readonly fallbackTrail: readonly FallbackAttempt[];
}

export interface FarmCoordinatorDeps {
  readonly jobs: FarmJobs;
  readonly workerColumn: JobWorkerColumn;
  /** Size of an uploaded file, undefined when it is not there. */
  readonly sizeOf: (path: string) => number | undefined;
  /** The media files a job's script names, with where they are here; none when not given. */
  readonly inputsOf?: (job: VideoJob) => readonly (FarmJobInput & { readonly path: string })[];
  readonly now?: () => string;
}

/**
 * The coordinator's side of the farm protocol. SQLite stays the source of truth: a worker takes
 * a job (recorded in `jobs.worker`), reports progress, uploads files and completes; every call
 * from a worker that no longer holds the job is refused, so a job completes once.
 */
export class FarmCoordinator {
  readonly workers = new FarmWorkers();

  constructor(private readonly deps: FarmCoordinatorDeps) {}

  /** A worker took the job from the queue; a stalled job may be taken again by another worker. */
  claim(jobId: string, worker: string, providers?: readonly string[]): FarmJobTicket {
    const job = this.deps.jobs.getJob(jobId);
    if (job.status !== 'queued' && job.status !== 'running') {
      throw new FarmConflictError(`job ${jobId} is ${job.status}; there is nothing to render`);
    }
    const wanted = job.options.provider;
    if (providers !== undefined && wanted !== 'auto' && !providers.includes(wanted)) {
      throw new FarmUnsuitableError(
        `job ${jobId} asks for provider "${wanted}"; worker ${worker} runs ${providers.join(', ')}`,
      );
    }
    this.deps.workerColumn.set(jobId, worker);
    this.deps.jobs.recordFarmUpdate(jobId, {
      status: 'running',
      progress: 0,
      stage: `taken by worker ${worker}`,
      startedAt: this.#now(),
      // Shown while it renders, as for a local render; with "auto" the worker names its choice
      // with its first progress.
      ...(wanted !== 'auto' ? { providerId: wanted } : {}),
    });
    const { options } = job;
    return {
      jobId,
      scriptName: job.scriptName,
      scriptContent: job.scriptContent,
      inputs: (this.deps.inputsOf?.(job) ?? []).map(({ sha256, sizeBytes, relativePath, namedAs }) => ({
        sha256,
        sizeBytes,
        relativePath,
        ...(namedAs ? { namedAs } : {}),
      })),
      options: {
        provider: options.provider,
        quality: options.quality,
        aspectRatio: options.aspectRatio,
        ...(options.channel !== undefined ? { channel: options.channel } : {}),
        ...(options.platform !== undefined ? { platform: options.platform } : {}),
        ...(options.voice !== undefined ? { voice: options.voice } : {}),
        ...(job.script.template !== undefined ? { template: job.script.template } : {}),
        ...(job.variant !== undefined ? { variant: job.variant } : {}),
      },
    };
  }

  /** The worker's progress, and the provider it renders with once chosen (with "auto", its pick). */
  progress(jobId: string, worker: string, progress: number, stage: string, providerId?: string): void {
    const job = this.assertHolder(jobId, worker);
    const wanted = job.options.provider;
    // A worker may only name its pick for an "auto" job; a fixed provider stays the one asked for.
    const named = providerId !== undefined && wanted === 'auto' ? { providerId } : {};
    this.deps.jobs.recordFarmUpdate(jobId, { progress, stage, ...named });
  }

  /** The file behind one of the job's inputs, for the worker that holds the job; nothing else. */
  inputPath(jobId: string, worker: string, sha256: string): string {
    const job = this.assertHolder(jobId, worker);
    const input = (this.deps.inputsOf?.(job) ?? []).find((candidate) => candidate.sha256 === sha256);
    if (!input) throw new FarmConflictError(`job ${jobId} has no input file with sha256 ${sha256}`);
    return input.path;
  }

  /** Where the worker's uploads for this job go (checked: it must hold the job). */
  uploadDir(jobId: string, worker: string): string {
    const job = this.assertHolder(jobId, worker);
    return join(job.options.outputDir, 'farm', job.id);
  }

  complete(jobId: string, worker: string, done: FarmCompletion): VideoJob {
    const dir = this.uploadDir(jobId, worker);
    const pathOf = (name: string): string => {
      const path = join(dir, name);
      if (this.deps.sizeOf(path) === undefined) {
        throw new FarmConflictError(`job ${jobId}: "${name}" was not uploaded before completing`);
      }
      return path;
    };
    const outputPath = pathOf(done.video);
    const thumbnailPath = done.poster !== undefined ? pathOf(done.poster) : undefined;
    const extraFiles = done.extraFiles.map(pathOf);
    return this.deps.jobs.recordFarmUpdate(jobId, {
      status: 'completed',
      progress: 1,
      stage: 'completed',
      providerId: done.providerId,
      completedAt: this.#now(),
      result: {
        jobId,
        providerId: done.providerId,
        fallbackTrail: done.fallbackTrail,
        renderSeconds: done.renderSeconds,
        outputPath,
        ...(thumbnailPath !== undefined ? { thumbnailPath } : {}),
        ...(extraFiles.length > 0 ? { extraFiles } : {}),
        durationSeconds: done.durationSeconds,
        sizeBytes: this.deps.sizeOf(outputPath) ?? 0,
        width: done.width,
        height: done.height,
        mimeType: done.mimeType,
      },
    });
  }

  /** The worker is stopping: the job goes back to the queue for another worker, at once. */
  release(jobId: string, worker: string): VideoJob {
    this.assertHolder(jobId, worker);
    this.deps.workerColumn.set(jobId, undefined);
    return this.deps.jobs.recordFarmUpdate(jobId, {
      status: 'queued',
      progress: 0,
      stage: `queued again: worker ${worker} stopped`,
      clear: ['startedAt', 'providerId'],
    });
  }

  /** The worker's render failed or was cancelled. */
  fail(
    jobId: string,
    worker: string,
    status: 'failed' | 'cancelled',
    code: string,
    message: string,
  ): VideoJob {
    this.assertHolder(jobId, worker);
    return this.deps.jobs.recordFarmUpdate(jobId, {
      status,
      stage: status,
      completedAt: this.#now(),
      error: { code, message },
    });
  }

  assertHolder(jobId: string, worker: string): VideoJob {
    const job = this.deps.jobs.getJob(jobId);
    if (job.status !== 'running') {
      throw new FarmConflictError(`job ${jobId} is ${job.status}, no longer running`);
    }
    const holder = this.deps.workerColumn.get(jobId);
    if (holder !== worker) {
      throw new FarmConflictError(`job ${jobId} is held by worker ${holder ?? '(none)'}, not ${worker}`);
    }
    return job;
  }

  #now(): string {
    return this.deps.now?.() ?? new Date().toISOString();
  }
}
