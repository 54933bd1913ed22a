import { basename, extname, resolve } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { describeError } from '#core/errors.js';
import type { JobRepository } from '../../application/job.js';
import { isInside } from '../../application/path-inside.js';
import { retryDelayMs, withinRetryWindow } from '../webhooks/retry-schedule.js';
import type { SqliteS3Deliveries, S3DeliveryRow } from './sqlite-s3-deliveries.js';
import { publicUrlFor, type S3Settings } from './s3-settings.js';
import { uploadFile } from './s3-upload.js';

/** What a job's result records about its upload (shown in GET /v1/renders/{id}). */
export interface DeliveryDetails {
  readonly status: 'pending' | 'delivered' | 'failed';
  readonly attempts: number;
  readonly lastError?: string;
  readonly videoUrl?: string;
  readonly posterUrl?: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.webm': 'video/webm',
  '.mov': 'video/quicktime',
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

export interface S3DeliveryWorkerOptions {
  readonly deliveries: SqliteS3Deliveries;
  readonly jobs: JobRepository;
  readonly settings: () => S3Settings | undefined;
  readonly baseDelayMs?: number;
  /** After each upload attempt has been recorded on the job (webhooks waiting for it go out). */
  readonly onAttempted?: (jobId: string) => void;
  readonly pollIntervalMs?: number;
  readonly now?: () => Date;
}

const DEFAULT_BASE_DELAY_MS = 10_000;
/** An upload of a large video may take long; the lease covers it, and is renewed by nothing. */
const LEASE_MS = 30 * 60 * 1000;

/**
 * Uploads completed renders' video and poster to the configured bucket, one job at a time, and
 * records `deliveredUrl` on the job. A failed upload is retried with backoff for 24 h and shown
 * on the job; it never changes the job's status and never touches the local files.
 */
export class S3DeliveryWorker {
  readonly #options: S3DeliveryWorkerOptions;
  readonly #controller = new AbortController();
  #clients = new WeakMap<S3Settings, S3Client>();
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;

  constructor(options: S3DeliveryWorkerOptions) {
    this.#options = options;
  }

  wake(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#run()
      .catch((error: unknown) => process.emitWarning(`S3 delivery: ${describeError(error)}`))
      .finally(() => {
        this.#running = undefined;
        if (this.#again) {
          this.#again = false;
          this.wake();
        } else this.#schedule();
      });
  }

  /** Resolves once every upload due now has been tried (a failed one waits for its next turn). */
  async settle(): Promise<void> {
    this.wake();
    while (this.#running) await this.#running;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#controller.abort();
    await this.#running;
  }

  #now(): Date {
    return this.#options.now?.() ?? new Date();
  }

  #schedule(): void {
    if (this.#stopped) return;
    const poll = this.#options.pollIntervalMs ?? 5_000;
    const next = this.#options.deliveries.nextDueAt();
    const untilDue = next === undefined ? poll : Date.parse(next) - this.#now().getTime();
    this.#timer = setTimeout(() => this.wake(), Math.max(10, Math.min(poll, untilDue)));
    this.#timer.unref();
  }

  async #run(): Promise<void> {
    for (;;) {
      if (this.#stopped) return;
      const now = this.#now();
      const [due] = this.#options.deliveries.claimDue(
        now.toISOString(),
        new Date(now.getTime() + LEASE_MS).toISOString(),
        1,
      );
      if (!due) return;
      await this.#attempt(due);
    }
  }

  /** One client per settings object; the SDK is loaded on the first upload, not at start-up. */
  async #client(settings: S3Settings): Promise<S3Client> {
    let client = this.#clients.get(settings);
    if (!client) {
      const { S3Client } = await import('@aws-sdk/client-s3');
      client = new S3Client({
        region: settings.region,
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        forcePathStyle: settings.forcePathStyle,
        credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
        maxAttempts: 1,
        // S3-compatible servers (and older MinIO/Ceph) do not all read the aws-chunked bodies
        // with trailing checksums the SDK sends by default; S3 itself accepts both.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      });
      this.#clients.set(settings, client);
    }
    return client;
  }

  async #attempt(delivery: S3DeliveryRow): Promise<void> {
    const job = this.#options.jobs.get(delivery.jobId);
    const result = job?.result;
    if (!job || !result) {
      this.#options.deliveries.markAttemptFailed(delivery.jobId, 'the job or its result is gone', undefined);
      return;
    }
    let error: string | undefined;
    let urls: { videoUrl: string; posterUrl?: string } | undefined;
    try {
      const settings = this.#options.settings();
      if (!settings) throw new Error('delivery.s3 is no longer configured');
      const files = [result.outputPath, result.thumbnailPath].filter((p): p is string => Boolean(p));
      const uploaded: string[] = [];
      for (const path of files) {
        // Only files the job wrote in its own output folder: the history does not name files.
        if (!isInside(resolve(job.options.outputDir), resolve(path)))
          throw new Error(`${path} is outside the output folder`);
        const key = `${settings.prefix}${job.id}/${basename(path)}`;
        await uploadFile(
          await this.#client(settings),
          {
            bucket: settings.bucket,
            key,
            path,
            contentType: CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
            cacheControl: settings.cacheControl,
          },
          { signal: this.#controller.signal },
        );
        uploaded.push(publicUrlFor(settings, key));
      }
      urls = { videoUrl: uploaded[0]!, ...(uploaded[1] ? { posterUrl: uploaded[1] } : {}) };
    } catch (cause) {
      if (this.#stopped) {
        this.#options.deliveries.release(delivery.jobId);
        return;
      }
      error = describeError(cause);
    }
    const attempts = delivery.attempts + 1;
    if (urls) {
      this.#options.deliveries.markDelivered(delivery.jobId, urls);
      this.#record(delivery.jobId, { status: 'delivered', attempts, ...urls });
      this.#options.onAttempted?.(delivery.jobId);
      return;
    }
    const at = this.#now();
    const nextAt = new Date(
      at.getTime() + retryDelayMs(attempts, this.#options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS),
    );
    const retry = withinRetryWindow(delivery.createdAt, nextAt) ? nextAt.toISOString() : undefined;
    this.#options.deliveries.markAttemptFailed(delivery.jobId, error!, retry);
    this.#record(delivery.jobId, { status: retry ? 'pending' : 'failed', attempts, lastError: error! });
    this.#options.onAttempted?.(delivery.jobId);
  }

  /** Writes the upload's state into the job's result details, where the API shows it. */
  #record(jobId: string, delivery: DeliveryDetails): void {
    const job = this.#options.jobs.get(jobId);
    if (!job?.result) return;
    this.#options.jobs.update(jobId, {
      result: { ...job.result, details: { ...job.result.details, delivery } },
    });
  }
}
