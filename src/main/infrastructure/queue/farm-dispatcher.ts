import { Redis } from 'ioredis';
import type { CancelRequestRepository, VideoJob } from '../../application/job.js';
import { RenderFarmQueue, redisConnectionFromUrl } from './render-farm-queue.js';
import { FARM_CANCEL_CHANNEL } from './render-farm-worker.js';

/** What GET /v1/health and the providers view say about the farm. */
export interface FarmStatus {
  readonly redis: 'connected' | 'unreachable';
  /** Paused while Redis is unreachable: jobs stay queued in SQLite until it returns. */
  readonly dispatch: 'running' | 'paused';
  readonly since: string;
  /** The Redis address without its password. */
  readonly redisUrl: string;
}

export interface FarmDispatcherDeps {
  readonly redisUrl: string;
  readonly queueName?: string;
  /** SQLite's queued jobs (oldest first) and running jobs. */
  readonly queuedJobs: () => readonly VideoJob[];
  readonly runningJobs: () => readonly VideoJob[];
  readonly cancelRequests: CancelRequestRepository;
  /** Jobs a live worker says it is rendering. */
  readonly jobsOnLiveWorkers: () => ReadonlySet<string>;
  /** A running job nobody holds any more (Redis forgot it, its worker is gone): queue it again. */
  readonly requeue: (jobId: string) => void;
  readonly intervalMs?: number;
  /** How long a running job may be held by nobody before it is queued again. */
  readonly orphanGraceMs?: number;
}

/**
 * Moves jobs from SQLite (the source of truth) into BullMQ, over and over: whatever Redis lost
 * in a restart is added again, so nothing queued is lost. Cancel requests for running jobs go to
 * the workers over pub/sub. While Redis is unreachable dispatch pauses, and says so.
 */
export class FarmDispatcher {
  readonly #deps: FarmDispatcherDeps;
  readonly #queue: RenderFarmQueue;
  readonly #redis: Redis;
  readonly #orphanSince = new Map<string, number>();
  #status: FarmStatus;
  #timer: NodeJS.Timeout | undefined;
  #healthTimer: NodeJS.Timeout | undefined;
  #passing = false;
  #closed = false;

  constructor(deps: FarmDispatcherDeps) {
    this.#deps = deps;
    this.#queue = new RenderFarmQueue(deps.redisUrl, deps.queueName);
    // No offline queue: a command while Redis is down fails at once instead of waiting.
    this.#redis = new Redis({
      ...redisConnectionFromUrl(deps.redisUrl),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    this.#redis.on('error', () => undefined);
    this.#status = {
      redis: 'unreachable',
      dispatch: 'paused',
      since: new Date().toISOString(),
      redisUrl: withoutPassword(deps.redisUrl),
    };
  }

  get status(): FarmStatus {
    return this.#status;
  }

  start(): void {
    const every = this.#deps.intervalMs ?? 250;
    // Health has its own timer: a pass stuck on a Redis that just went away must not hide that.
    const health = (): void => {
      if (this.#closed) return;
      void this.#ping().then((up) => {
        this.#setStatus(up);
        if (!this.#closed) this.#healthTimer = setTimeout(health, every);
      });
    };
    const tick = (): void => {
      if (this.#closed) return;
      void this.pass().finally(() => {
        if (!this.#closed) this.#timer = setTimeout(tick, every);
      });
    };
    health();
    tick();
  }

  /** One round while Redis is up: queue what SQLite has queued, pass cancels on, requeue orphans. */
  async pass(): Promise<void> {
    if (this.#passing || this.#status.redis !== 'connected') return;
    this.#passing = true;
    try {
      for (const job of this.#deps.queuedJobs()) await this.#queue.ensureQueued(job.id);
      const running = this.#deps.runningJobs();
      const cancelled = this.#deps.cancelRequests.take(running.map((job) => job.id));
      for (const jobId of cancelled) await this.#redis.publish(FARM_CANCEL_CHANNEL, jobId);
      await this.#requeueOrphans(running);
    } catch {
      // Redis went away mid-pass: the health check reports it and the next pass redoes the work.
    } finally {
      this.#passing = false;
    }
  }

  async #requeueOrphans(running: readonly VideoJob[]): Promise<void> {
    const live = this.#deps.jobsOnLiveWorkers();
    const now = Date.now();
    const stillOrphaned = new Set<string>();
    for (const job of running) {
      if (live.has(job.id) || (await this.#queue.holds(job.id))) continue;
      stillOrphaned.add(job.id);
      const since = this.#orphanSince.get(job.id) ?? now;
      this.#orphanSince.set(job.id, since);
      if (now - since >= (this.#deps.orphanGraceMs ?? 6_000)) {
        this.#orphanSince.delete(job.id);
        this.#deps.requeue(job.id);
      }
    }
    for (const jobId of this.#orphanSince.keys())
      if (!stillOrphaned.has(jobId)) this.#orphanSince.delete(jobId);
  }

  async #ping(): Promise<boolean> {
    if (this.#redis.status !== 'ready') return false;
    try {
      return (await this.#redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  #setStatus(up: boolean): void {
    const redis = up ? 'connected' : 'unreachable';
    if (this.#status.redis === redis) return;
    this.#status = {
      ...this.#status,
      redis,
      dispatch: up ? 'running' : 'paused',
      since: new Date().toISOString(),
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    clearTimeout(this.#healthTimer);
    this.#redis.disconnect();
    await this.#queue.close();
  }
}

function withoutPassword(redisUrl: string): string {
  try {
    const url = new URL(redisUrl);
    url.password = '';
    url.username = '';
    return url.toString();
  } catch {
    return redisUrl;
  }
}
