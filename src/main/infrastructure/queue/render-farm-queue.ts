import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { z } from 'zod';

/** The BullMQ queue every coordinator and worker of one farm shares. */
export const RENDER_FARM_QUEUE_NAME = 'reelforge-renders';

/** What a farm job carries: only the id; the worker fetches the rest from the coordinator. */
export const farmJobDataSchema = z.object({ jobId: z.string().min(1) });
export type FarmJobData = z.infer<typeof farmJobDataSchema>;

/** BullMQ connection options from a redis:// URL (BullMQ itself takes host/port objects). */
export function redisConnectionFromUrl(redisUrl: string): {
  host: string;
  port: number;
  password?: string;
  db?: number;
  maxRetriesPerRequest: null;
} {
  let url: URL;
  try {
    url = new URL(redisUrl);
  } catch {
    throw new Error(`queue.redis_url "${redisUrl}" is not a URL (expected redis://host:port)`);
  }
  if (url.protocol !== 'redis:') {
    throw new Error(`queue.redis_url "${redisUrl}" must start with redis://`);
  }
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined;
  if (db !== undefined && !Number.isInteger(db)) {
    throw new Error(
      `queue.redis_url "${redisUrl}" has a database "${url.pathname.slice(1)}" that is not a number`,
    );
  }
  return {
    host: url.hostname,
    port: url.port === '' ? 6379 : Number(url.port),
    ...(url.password !== '' ? { password: decodeURIComponent(url.password) } : {}),
    ...(db !== undefined ? { db } : {}),
    // BullMQ workers block on Redis; a retry cap would turn a Redis restart into lost workers.
    maxRetriesPerRequest: null,
  };
}

/**
 * The coordinator's side of the farm queue. SQLite stays the source of truth: Redis may lose
 * everything, so `rebuild` re-adds every queued job. The SQLite job id is the BullMQ job id, and
 * BullMQ ignores an add whose id already exists, so a rebuild never doubles a job.
 */
export class RenderFarmQueue {
  private readonly queue: Queue<FarmJobData>;
  /** Our own connection, so `close` can end it even while Redis is away (BullMQ would wait). */
  private readonly redis: Redis;

  constructor(redisUrl: string, queueName: string = RENDER_FARM_QUEUE_NAME) {
    this.redis = new Redis(redisConnectionFromUrl(redisUrl));
    this.redis.on('error', () => undefined);
    this.queue = new Queue<FarmJobData>(queueName, { connection: this.redis });
    // Connection errors are reported by whoever watches Redis (the farm dispatcher's health).
    this.queue.on('error', () => undefined);
  }

  async enqueue(jobId: string): Promise<void> {
    await this.queue.add('render', { jobId }, { jobId, removeOnComplete: true, removeOnFail: 1000 });
  }

  /** Re-adds the jobs SQLite still has queued, in their order; returns how many were new. */
  async rebuild(queuedJobIds: readonly string[]): Promise<number> {
    let added = 0;
    for (const jobId of queuedJobIds) {
      const existing = await this.queue.getJob(jobId);
      if (existing !== undefined && existing !== null) continue;
      await this.enqueue(jobId);
      added += 1;
    }
    return added;
  }

  /**
   * Makes sure a job SQLite has queued is in Redis, ready for a worker: added when Redis does not
   * know it (lost in a restart), added again when a worker gave it up (failed there). Returns
   * whether it was added.
   */
  async ensureQueued(jobId: string): Promise<boolean> {
    const state = await this.queue.getJobState(jobId);
    if (state === 'failed' || state === 'completed') await this.queue.remove(jobId);
    else if (state !== 'unknown') return false;
    await this.enqueue(jobId);
    return true;
  }

  /**
   * Whether the job is still on its way through BullMQ (waiting, or held by a worker); not when
   * Redis forgot it in a restart or a worker gave it up.
   */
  async holds(jobId: string): Promise<boolean> {
    const state = await this.queue.getJobState(jobId);
    return state === 'active' || state === 'waiting' || state === 'delayed' || state === 'prioritized';
  }

  /** Ids waiting for a worker (tests and the status page). */
  async waitingJobIds(): Promise<string[]> {
    const jobs = await this.queue.getJobs(['waiting', 'prioritized', 'delayed']);
    return jobs.map((job) => job.id ?? '').filter((id) => id !== '');
  }

  /** Closes the queue; gives up waiting after `waitMs` (Redis gone) and drops the connection. */
  async close(waitMs = 1_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.queue.close().catch(() => undefined),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs))),
    ]);
    clearTimeout(timer);
    this.redis.disconnect();
  }
}
