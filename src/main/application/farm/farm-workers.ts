/** What a worker says about itself in each heartbeat. */
export interface WorkerHeartbeat {
  readonly worker: string;
  readonly host: string;
  readonly concurrency: number;
  readonly providers: readonly string[];
  readonly runningJobs: readonly string[];
}

export interface WorkerView extends WorkerHeartbeat {
  readonly lastHeartbeatAt: string;
  /** No heartbeat for longer than the worker's own interval allows: probably gone. */
  readonly stale: boolean;
}

/** A worker silent for this long is shown as stale (it beats every 2 s). */
export const STALE_AFTER_MS = 10_000;

/**
 * A worker silent for this long is dropped from the roll: a killed worker never says goodbye,
 * and the list would otherwise keep every worker that ever ran until the coordinator restarts.
 */
export const FORGET_AFTER_MS = 10 * 60_000;

/** The coordinator's roll of workers, from their heartbeats (in memory: they beat again). */
export class FarmWorkers {
  readonly #seen = new Map<string, { beat: WorkerHeartbeat; at: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  beat(heartbeat: WorkerHeartbeat): void {
    this.#seen.set(heartbeat.worker, { beat: heartbeat, at: this.clock() });
  }

  list(): WorkerView[] {
    const now = this.clock();
    for (const [worker, { at }] of this.#seen) if (now - at > FORGET_AFTER_MS) this.#seen.delete(worker);
    return [...this.#seen.values()]
      .map(({ beat, at }) => {
        const stale = now - at > STALE_AFTER_MS;
        // A silent worker runs nothing we know of: its jobs go back to the queue once its lock
        // lapses, and listing them under it would say they are still rendering there.
        return {
          ...beat,
          ...(stale ? { runningJobs: [] } : {}),
          lastHeartbeatAt: new Date(at).toISOString(),
          stale,
        };
      })
      .sort((a, b) => a.worker.localeCompare(b.worker));
  }
}
