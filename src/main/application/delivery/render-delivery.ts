import { basename } from 'node:path';
import type { JobDelivery, VideoJob } from '#core/job.js';
import { describeError } from '#core/errors.js';
import type { JobStore } from '../generation/job-store.js';
import type { FileUploader } from './file-uploader.js';
import { nextDeliveryAttempt, type RetryPolicy } from './delivery-retry.js';

export interface RenderDeliveryDeps {
  readonly store: JobStore;
  /** The uploader for the current config, or undefined when no delivery target is set. */
  readonly uploader: () => FileUploader | undefined;
  /** Completed jobs whose delivery is still pending (after a restart). */
  readonly listPending: () => VideoJob[];
  readonly retry?: RetryPolicy;
  readonly random?: () => number;
}

/**
 * Copies each finished render (video, then poster) to the delivery target. A failed upload never
 * touches the render or its local files: the job stays completed, its `delivery` says pending
 * with the last error and the next try (exponential backoff with jitter), and retries continue —
 * in this process, or in the next one that starts (`start` picks up what is pending) — until
 * delivered or, after the policy's limit (24 h), failed.
 */
export class RenderDelivery {
  readonly #deps: RenderDeliveryDeps;
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #inFlight = new Map<string, Promise<void>>();
  readonly #stop = new AbortController();

  constructor(deps: RenderDeliveryDeps) {
    this.#deps = deps;
  }

  /** Resumes deliveries left pending by an earlier process. */
  start(): void {
    for (const job of this.#deps.listPending()) this.#schedule(job.id, job.delivery?.nextAttemptAt);
  }

  /** Called for every job update; starts the delivery of a job that just completed. */
  onJobUpdated(job: VideoJob): void {
    if (job.status !== 'completed' || !job.result || job.delivery || this.#stop.signal.aborted) return;
    if (!this.#targetConfigured()) return;
    this.#deps.store.update(job.id, { delivery: { status: 'pending', attempts: 0 } });
    this.#schedule(job.id, undefined);
  }

  /** Resolves once the job's current delivery attempt (if any) has finished. */
  async settled(jobId: string): Promise<void> {
    await this.#inFlight.get(jobId);
  }

  /** Stops retry timers and waits for uploads under way; pending deliveries resume at the next start. */
  async close(): Promise<void> {
    this.#stop.abort();
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    await Promise.allSettled(this.#inFlight.values());
  }

  #schedule(jobId: string, at: string | undefined): void {
    clearTimeout(this.#timers.get(jobId));
    const delay = at === undefined ? 0 : Math.max(0, Date.parse(at) - Date.parse(this.#now()));
    if (delay === 0) {
      this.#attempt(jobId);
      return;
    }
    const timer = setTimeout(() => {
      this.#timers.delete(jobId);
      this.#attempt(jobId);
    }, delay);
    timer.unref();
    this.#timers.set(jobId, timer);
  }

  #attempt(jobId: string): void {
    if (this.#inFlight.has(jobId) || this.#stop.signal.aborted) return;
    const run = this.#upload(jobId).finally(() => this.#inFlight.delete(jobId));
    this.#inFlight.set(jobId, run);
  }

  async #upload(jobId: string): Promise<void> {
    const job = this.#deps.store.jobs.get(jobId);
    if (!job?.result || job.delivery?.status !== 'pending' || !this.#targetConfigured()) return;
    const attempts = job.delivery.attempts + 1;
    try {
      const uploader = this.#deps.uploader()!;
      const { outputPath, thumbnailPath, mimeType } = job.result;
      const deliveredUrl = await uploader.upload(
        { path: outputPath, fileName: basename(outputPath), contentType: mimeType },
        this.#stop.signal,
      );
      const posterUrl = thumbnailPath
        ? await uploader.upload(
            { path: thumbnailPath, fileName: basename(thumbnailPath), contentType: 'image/jpeg' },
            this.#stop.signal,
          )
        : undefined;
      this.#record(jobId, {
        status: 'delivered',
        attempts,
        deliveredUrl,
        ...(posterUrl && { posterUrl }),
        deliveredAt: this.#now(),
      });
    } catch (error) {
      const next = nextDeliveryAttempt({
        attempts,
        completedAt: job.completedAt ?? this.#now(),
        now: new Date(this.#now()),
        policy: this.#deps.retry,
        random: this.#deps.random ?? Math.random,
      });
      const lastError = describeError(error);
      if (next === undefined) this.#record(jobId, { status: 'failed', attempts, lastError });
      else {
        this.#record(jobId, { status: 'pending', attempts, lastError, nextAttemptAt: next });
        if (!this.#stop.signal.aborted) this.#schedule(jobId, next);
      }
    }
  }

  /** A target is set in config, usable or not (an unusable one fails each attempt with its reason). */
  #targetConfigured(): boolean {
    try {
      return this.#deps.uploader() !== undefined;
    } catch {
      return true;
    }
  }

  #record(jobId: string, delivery: JobDelivery): void {
    // The job may have been deleted meanwhile; its delivery then no longer matters.
    if (this.#deps.store.jobs.get(jobId)) this.#deps.store.update(jobId, { delivery });
  }

  #now(): string {
    return this.#deps.store.now();
  }
}
