import type { WorkerView } from '../../application/farm/farm-workers.js';
import type { FarmStatus } from '../../infrastructure/queue/farm-dispatcher.js';
import type { FarmOverview, FarmWorkerApi } from '#shared/farm-api-types.js';

/** What the coordinator knows about its farm, read at the moment the page asks. */
export interface FarmStatusSource {
  status(): FarmStatus;
  workers(): readonly WorkerView[];
  readonly workerApi: FarmWorkerApi;
}

/** The farm as the page sees it: Redis, dispatch (with the reason it pauses) and the workers. */
export function farmOverview(source: FarmStatusSource | undefined): FarmOverview {
  if (source === undefined) return { enabled: false };
  const status = source.status();
  return {
    enabled: true,
    redis: status.redis,
    dispatch: status.dispatch,
    ...(status.dispatch === 'paused'
      ? {
          reason: `Redis at ${status.redisUrl} is unreachable; renders stay queued and go out when it returns`,
        }
      : {}),
    since: status.since,
    redisUrl: status.redisUrl,
    workerApi: source.workerApi,
    workers: source.workers().map((worker) => ({
      name: worker.worker,
      host: worker.host,
      lastHeartbeatAt: worker.lastHeartbeatAt,
      stale: worker.stale,
      concurrency: worker.concurrency,
      providers: [...worker.providers],
      runningJobs: [...worker.runningJobs],
      load: Math.min(1, worker.runningJobs.length / Math.max(1, worker.concurrency)),
    })),
  };
}

/**
 * The farm this process coordinates, once it has started (the runtime's handlers exist before
 * it); nothing while jobs render in this process.
 */
export class FarmStatusBoard {
  #source: FarmStatusSource | undefined;

  attach(source: FarmStatusSource): void {
    this.#source = source;
  }

  detach(): void {
    this.#source = undefined;
  }

  overview(): FarmOverview {
    return farmOverview(this.#source);
  }
}
