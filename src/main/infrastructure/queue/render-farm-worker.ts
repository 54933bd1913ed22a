import { Redis } from 'ioredis';
import { Worker, type Job } from 'bullmq';
import {
  farmJobDataSchema,
  type FarmJobData,
  RENDER_FARM_QUEUE_NAME,
  redisConnectionFromUrl,
} from './render-farm-queue.js';

/** Pub/sub channel on which the coordinator announces cancelled job ids. */
export const FARM_CANCEL_CHANNEL = 'reelforge:cancel';

export interface FarmRenderContext {
  readonly jobId: string;
  /** Aborted when the coordinator cancels the job (kill ffmpeg on it). */
  readonly signal: AbortSignal;
}

export type FarmRenderHandler = (context: FarmRenderContext) => Promise<void>;

export interface RenderFarmWorkerOptions {
  readonly redisUrl: string;
  readonly concurrency?: number;
  readonly queueName?: string;
  /** How long a worker's lock on a job lasts without renewal; short in tests so a SIGKILLed worker's job moves on quickly. */
  readonly lockDurationMs?: number;
  readonly stalledIntervalMs?: number;
  /**
   * Told when the Redis connection fails (ioredis retries on its own). Without a listener ioredis
   * printed "[ioredis] Unhandled error event" with a stack trace for every retry while Redis was down.
   */
  readonly onConnectionError?: (message: string) => void;
}

/**
 * A farm worker: takes jobs from BullMQ, runs the handler with an AbortSignal that fires when
 * the coordinator publishes a cancel for that job (progress and results go to the coordinator's
 * HTTP API). A worker that dies loses its lock, and BullMQ's stalled check hands the job to
 * another worker.
 */
export class RenderFarmWorker {
  private readonly worker: Worker<FarmJobData>;
  private readonly subscriber: Redis;
  private readonly running = new Map<string, AbortController>();

  private constructor(options: RenderFarmWorkerOptions, handler: FarmRenderHandler) {
    const connection = redisConnectionFromUrl(options.redisUrl);
    this.subscriber = new Redis(connection);
    const reportError = options.onConnectionError ?? (() => undefined);
    this.subscriber.on('error', (error: Error) => reportError(error.message));
    this.subscriber.on('message', (_channel: string, jobId: string) => {
      this.running.get(jobId)?.abort(new Error(`job ${jobId} was cancelled`));
    });
    this.worker = new Worker<FarmJobData>(
      options.queueName ?? RENDER_FARM_QUEUE_NAME,
      async (job: Job<FarmJobData>) => {
        const { jobId } = farmJobDataSchema.parse(job.data);
        const controller = new AbortController();
        this.running.set(jobId, controller);
        try {
          // Progress goes to the coordinator over its HTTP API (farm-worker-client.ts), not through Redis.
          await handler({ jobId, signal: controller.signal });
        } finally {
          this.running.delete(jobId);
        }
      },
      {
        connection,
        concurrency: options.concurrency ?? 1,
        ...(options.lockDurationMs !== undefined ? { lockDuration: options.lockDurationMs } : {}),
        ...(options.stalledIntervalMs !== undefined ? { stalledInterval: options.stalledIntervalMs } : {}),
        // A stalled job goes back to the queue rather than failing: the coordinator decides.
        maxStalledCount: 10,
        autorun: false,
      },
    );
    this.worker.on('error', (error: Error) => reportError(error.message));
  }

  static async start(
    options: RenderFarmWorkerOptions,
    handler: FarmRenderHandler,
  ): Promise<RenderFarmWorker> {
    const farmWorker = new RenderFarmWorker(options, handler);
    await farmWorker.subscriber.subscribe(FARM_CANCEL_CHANNEL);
    void farmWorker.worker.run();
    await farmWorker.worker.waitUntilReady();
    return farmWorker;
  }

  async close(): Promise<void> {
    for (const controller of this.running.values()) controller.abort(new Error('worker is shutting down'));
    await this.worker.close();
    this.subscriber.disconnect();
  }
}

/** The coordinator's side of cancel: one publish reaches every worker at once. */
export async function publishFarmCancel(redisUrl: string, jobId: string): Promise<void> {
  const publisher = new Redis(redisConnectionFromUrl(redisUrl));
  // A failure is the publish's rejection; ioredis's own error event needs a listener too.
  publisher.on('error', () => undefined);
  try {
    await publisher.publish(FARM_CANCEL_CHANNEL, jobId);
  } finally {
    publisher.disconnect();
  }
}
