// What the page learns about the render farm (`farm.status`): never the API token, never Redis's
// password, only where workers should connect and how the farm is doing.

/** One worker as its heartbeats describe it. */
export interface FarmWorkerInfo {
  /** "<host>/<id>", as jobs record it in `worker`. */
  readonly name: string;
  readonly host: string;
  readonly lastHeartbeatAt: string;
  /** No heartbeat for a while: probably gone. */
  readonly stale: boolean;
  readonly concurrency: number;
  readonly providers: readonly string[];
  readonly runningJobs: readonly string[];
  /** Running jobs over concurrency, 0–1. */
  readonly load: number;
}

/** Where workers reach this coordinator, or why they cannot. */
export type FarmWorkerApi =
  | {
      readonly url: string;
      /** Where the token comes from (the variable or the file), never the token itself. */
      readonly token: string;
    }
  | { readonly error: string };

export type FarmOverview =
  | { readonly enabled: false }
  | {
      readonly enabled: true;
      readonly redis: 'connected' | 'unreachable';
      readonly dispatch: 'running' | 'paused';
      /** Why dispatch is paused (absent while it runs). */
      readonly reason?: string;
      readonly since: string;
      /** The Redis address without its password. */
      readonly redisUrl: string;
      readonly workerApi: FarmWorkerApi;
      readonly workers: readonly FarmWorkerInfo[];
    };
