import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createReelforgeCore } from '../../../composition-root.js';
import { FarmInputCache } from '../../../infrastructure/queue/farm-input-cache.js';
import { farmJobHandler } from '../../../infrastructure/queue/farm-job-handler.js';
import { FarmWorkerClient } from '../../../infrastructure/queue/farm-worker-client.js';
import { REDIS_URL_ENV } from '../../../infrastructure/queue/farm-settings.js';
import { RenderFarmWorker } from '../../../infrastructure/queue/render-farm-worker.js';
import { API_TOKEN_ENV } from '../../rest/api-token.js';
import type { CliIO } from '../cli-io.js';
import { sweepDeadWorkerScratch, workerScratchDir } from '../../../infrastructure/queue/farm-scratch.js';
import { UsageError } from '../cli-io.js';
import { redisTrouble } from './redis-trouble.js';

export interface WorkerArgs {
  readonly server?: string;
  readonly redis?: string;
  readonly token?: string;
  readonly concurrency?: string;
  readonly providers?: string;
  readonly dataDir?: string;
}

const HEARTBEAT_MS = 2_000;

/** Env names the farm's timing can be tuned with (tests shorten them; defaults suit production). */
export const WORKER_LOCK_MS_ENV = 'REELFORGE_WORKER_LOCK_MS';

function parseServer(text: string | undefined): string {
  if (text === undefined) throw new UsageError('worker: --server <url of reelforge serve> is required');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--server: "${text}" is not a URL such as http://10.0.0.2:4280`);
  }
  if (!/^https?:$/.test(url.protocol))
    throw new UsageError(`--server: "${text}" must be http:// or https://`);
  return url.origin;
}

function parseConcurrency(text: string | undefined): number {
  if (text === undefined) return 1;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > 64) {
    throw new UsageError(`--concurrency: "${text}" is not a number of jobs from 1 to 64`);
  }
  return value;
}

/**
 * `reelforge worker`: takes render jobs from the farm's Redis queue, renders them with this
 * machine's providers (its own data dir and database), uploads the files to the coordinator and
 * completes them there; heartbeats tell the coordinator its load. Runs until SIGINT/SIGTERM.
 */
export async function workerCommand(args: WorkerArgs, io: CliIO, signal: AbortSignal): Promise<number> {
  const server = parseServer(args.server);
  const token = args.token ?? io.env[API_TOKEN_ENV]?.trim();
  if (!token)
    throw new UsageError(`worker: --token or ${API_TOKEN_ENV} (the coordinator's API token) is required`);
  const concurrency = parseConcurrency(args.concurrency);
  const wantedProviders = args.providers
    ?.split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');

  const host = hostname();
  const worker = `${host}/${randomBytes(4).toString('hex')}`;
  const client = new FarmWorkerClient(server, token, worker);
  const redisUrl = args.redis ?? io.env[REDIS_URL_ENV]?.trim() ?? (await client.config()).redisUrl;

  const core = createReelforgeCore({
    ...(args.dataDir !== undefined ? { dataDir: args.dataDir } : {}),
    // The worker renders as many jobs at once as it takes from the queue.
    env: { ...io.env, VIDEO_MAX_CONCURRENT: String(concurrency) },
    deliverWebhooks: false,
    deliverUploads: false,
  });
  const running = new Set<string>();
  let stopping = false;
  let farmWorker: RenderFarmWorker | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  try {
    const known = core.registry.list().map((provider) => provider.id);
    // Only what can render here is offered: a worker without a cloud key that advertised the
    // cloud provider took such jobs and failed every one.
    const statuses = await core.service.listProviderStatuses();
    const usable = statuses.filter((s) => s.enabled && s.isAvailable).map((s) => s.id);
    for (const id of wantedProviders ?? []) {
      if (!known.includes(id)) {
        throw new UsageError(`--providers: unknown provider "${id}" (known: ${known.join(', ')})`);
      }
      if (!usable.includes(id)) {
        const status = statuses.find((s) => s.id === id);
        const why =
          status?.enabled === false ? 'it is disabled in config.json' : (status?.reason ?? 'unavailable');
        throw new UsageError(`--providers: ${id} cannot render on this machine: ${why}`);
      }
    }
    const providers = wantedProviders ?? usable;
    if (providers.length === 0) {
      throw new UsageError(
        'worker: no provider can render on this machine (see `reelforge providers --check`)',
      );
    }
    // Scratch of its own, and what a killed worker left behind on this data folder removed.
    const scratchRoot = join(core.config.dataDir, 'farm-work');
    for (const folder of sweepDeadWorkerScratch(scratchRoot))
      io.err(`worker ${worker}: removed ${folder}, left by a stopped worker\n`);
    const scratch = workerScratchDir(scratchRoot);
    const beat = (): void =>
      void client
        .heartbeat({ host, concurrency, providers, runningJobs: [...running] })
        .catch((error: unknown) => io.err(`worker: heartbeat failed: ${(error as Error).message}\n`));
    const lockMs = Number(io.env[WORKER_LOCK_MS_ENV]);
    farmWorker = await RenderFarmWorker.start(
      {
        redisUrl,
        concurrency,
        ...(Number.isFinite(lockMs) && lockMs > 0
          ? { lockDurationMs: lockMs, stalledIntervalMs: lockMs }
          : {}),
        onConnectionError: redisTrouble((line) => io.err(`worker ${worker}: ${line}\n`)),
      },
      farmJobHandler({
        client,
        service: core.service,
        workDir: scratch,
        providers,
        running,
        isStopping: () => stopping,
        log: (line) => io.err(`worker ${worker}: ${line}\n`),
        inputs: new FarmInputCache(join(core.config.dataDir, 'farm-inputs'), client),
      }),
    );
    beat();
    heartbeat = setInterval(beat, HEARTBEAT_MS);
    io.out(
      `worker ${worker} taking jobs for ${server} (concurrency ${concurrency}, providers ${providers.join(', ')})\n`,
    );
    await new Promise<void>((resolve) => {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
    });
    return 0;
  } finally {
    stopping = true;
    clearInterval(heartbeat);
    await farmWorker?.close();
    await core.service.close();
  }
}
