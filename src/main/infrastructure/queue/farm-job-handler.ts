import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { VideoGenerationService } from '../../application/video-generation-service.js';
import type { VideoJob } from '../../application/job.js';
import type { FarmInputCache } from './farm-input-cache.js';
import { setTimeout as delay } from 'node:timers/promises';
import { FarmJobGoneError, FarmJobUnsuitableError, type FarmWorkerClient } from './farm-worker-client.js';
import type { FarmRenderHandler } from './render-farm-worker.js';

const UNSUITABLE_BACKOFF_MS = 1_000;

/** Progress goes to the coordinator at most this often per job. */
const PROGRESS_EVERY_MS = 250;

export interface FarmJobHandlerDeps {
  readonly client: FarmWorkerClient;
  /** This worker's own service: it renders the job like `reelforge render` would. */
  readonly service: VideoGenerationService;
  /** Where local renders go before upload; each job's folder is removed afterwards. */
  readonly workDir: string;
  /** `--providers`: the coordinator hands jobs for other providers to other workers. */
  readonly providers?: readonly string[];
  /** Coordinator job ids being rendered now (the heartbeat reports them). */
  readonly running: Set<string>;
  /** True once the worker is stopping: its jobs go back to the farm rather than failing. */
  readonly isStopping: () => boolean;
  readonly log: (line: string) => void;
  /** Media files jobs name, fetched once per sha256. */
  readonly inputs: FarmInputCache;
}

/** A file name the coordinator accepts: letters, digits, `.`, `_`, `-`, not starting with a dot. */
export function uploadNameOf(path: string): string {
  const cleaned = basename(path)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[^A-Za-z0-9]+/, '');
  return (cleaned === '' ? 'file' : cleaned).slice(0, 200);
}

/**
 * One farm job on a worker: claim it, render it locally, upload the files, complete it. A job
 * the coordinator says moved on (cancelled, taken over) is dropped; a cancel from the
 * coordinator cancels the local render (its ffmpeg is killed) and is reported as cancelled.
 */
export function farmJobHandler(deps: FarmJobHandlerDeps): FarmRenderHandler {
  const { client, service } = deps;
  return async ({ jobId, signal }) => {
    let ticket;
    try {
      ticket = await client.claim(jobId, deps.providers);
    } catch (error) {
      if (error instanceof FarmJobGoneError) return;
      // Not for this worker: give it back (the coordinator queues it again), a little later so
      // a worker that cannot take what is waiting does not spin on it.
      if (error instanceof FarmJobUnsuitableError) await delay(UNSUITABLE_BACKOFF_MS);
      throw error;
    }
    deps.running.add(jobId);
    const outputDir = join(deps.workDir, safeFolder(jobId));
    let unsubscribe = (): void => undefined;
    const onAbort = (): void => void service.cancel(localId).catch(() => undefined);
    let localId = '';
    try {
      let local: VideoJob;
      // The script's folder as its relative media paths expect it, with the inputs in place.
      const scriptDir = join(outputDir, 'script');
      const mediaPaths = await deps.inputs.placeInputs(ticket, scriptDir);
      try {
        // One local job: a script with A/B variants queues only the variant this job renders.
        const queued = await service.enqueueAll(
          {
            kind: 'text',
            content: ticket.scriptContent,
            name: ticket.scriptName,
            path: join(scriptDir, uploadNameOf(ticket.scriptName)),
            mediaPaths,
          },
          { ...ticket.options, outputDir },
        );
        local = queued[0]!;
      } catch (error) {
        await client.fail(jobId, 'failed', 'invalid_script', describe(error));
        return;
      }
      localId = local.id;
      deps.log(`job ${jobId}: rendering (local job ${localId})`);
      unsubscribe = forwardProgress(service, localId, (progress, stage, providerId) =>
        client.progress(jobId, progress, stage, providerId),
      );
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
      const ended = await service.waitForJob(localId);
      unsubscribe();
      if (ended.status === 'completed' && ended.result) {
        await uploadAndComplete(client, jobId, ended);
        deps.log(`job ${jobId}: completed`);
      } else if (deps.isStopping()) {
        await client.release(jobId);
        deps.log(`job ${jobId}: handed back (worker stopping)`);
        throw new Error(`worker stopped while rendering job ${jobId}; it goes to another worker`);
      } else if (ended.status === 'cancelled') {
        await client.fail(jobId, 'cancelled', 'cancelled', 'cancelled by user while rendering on a worker');
        deps.log(`job ${jobId}: cancelled`);
      } else {
        await client.fail(
          jobId,
          'failed',
          ended.error?.code ?? 'failed',
          ended.error?.message ?? ended.status,
        );
        deps.log(`job ${jobId}: ${ended.status}: ${ended.error?.message ?? ''}`);
      }
    } catch (error) {
      if (error instanceof FarmJobGoneError) {
        deps.log(`job ${jobId}: dropped (${error.message})`);
        return;
      }
      throw error;
    } finally {
      unsubscribe();
      signal.removeEventListener('abort', onAbort);
      deps.running.delete(jobId);
      await rm(outputDir, { recursive: true, force: true });
    }
  };
}

async function uploadAndComplete(client: FarmWorkerClient, jobId: string, job: VideoJob): Promise<void> {
  const result = job.result!;
  const video = uploadNameOf(result.outputPath);
  await client.upload(jobId, video, result.outputPath);
  let poster: string | undefined;
  if (result.thumbnailPath) {
    poster = uploadNameOf(result.thumbnailPath);
    await client.upload(jobId, poster, result.thumbnailPath);
  }
  const extraFiles: string[] = [];
  for (const path of result.extraFiles ?? []) {
    const name = uploadNameOf(path);
    await client.upload(jobId, name, path);
    extraFiles.push(name);
  }
  await client.complete(jobId, {
    providerId: result.providerId,
    video,
    ...(poster !== undefined ? { poster } : {}),
    extraFiles,
    durationSeconds: result.durationSeconds,
    width: result.width,
    height: result.height,
    mimeType: result.mimeType,
    renderSeconds: result.renderSeconds,
    fallbackTrail: [...result.fallbackTrail],
  });
}

/**
 * Sends the local job's progress on, at most every PROGRESS_EVERY_MS, never two at once, with the
 * provider it runs on once the local service has chosen one.
 */
export function forwardProgress(
  service: VideoGenerationService,
  localId: string,
  send: (progress: number, stage: string, providerId?: string) => Promise<void>,
): () => void {
  let latest: { progress: number; stage: string } | undefined;
  // The provider the local job runs on (an "auto" job's pick), sent with every progress.
  let providerId: string | undefined;
  let sending = false;
  let lastSent = 0;
  let stopped = false;
  const flush = (): void => {
    if (stopped || sending || latest === undefined || Date.now() - lastSent < PROGRESS_EVERY_MS) return;
    const { progress, stage } = latest;
    latest = undefined;
    sending = true;
    lastSent = Date.now();
    void send(progress, stage, providerId)
      .catch(() => undefined)
      .finally(() => {
        sending = false;
      });
  };
  const timer = setInterval(flush, PROGRESS_EVERY_MS);
  const unsubscribe = service.onJobEvent((event) => {
    if (event.type === 'job-updated' && event.job.id === localId && event.job.status === 'running') {
      providerId = event.job.providerId ?? providerId;
      latest = { progress: event.job.progress, stage: event.job.stage };
      flush();
    } else if (event.type === 'job-progress' && event.jobId === localId) {
      latest = { progress: event.progress, stage: event.stage };
      flush();
    }
  });
  return () => {
    stopped = true;
    clearInterval(timer);
    unsubscribe();
  };
}

const safeFolder = (jobId: string): string => jobId.replace(/[^A-Za-z0-9_-]/g, '_');

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
