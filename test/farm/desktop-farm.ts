import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workerCommand } from '../../src/main/presentation/cli/commands/worker.js';
import { startWebApp, type WebApp } from '../../src/main/presentation/loopback/index.js';
import { makeTempDir } from '../support/temp-dir.js';
import { until } from '../support/until.js';
import { freeLoopbackPort, type useRedisPerTest } from './redis-process.js';

// The browser edition (the same runtime and coordinator start as the desktop app) as a farm
// coordinator, and `reelforge worker` run in this process: the pieces of the desktop farm tests.

export interface FarmWebApp {
  readonly app: WebApp;
  /** A temp folder for the test's files; removed by close. */
  readonly root: string;
  readonly dataDir: string;
  close(): Promise<void>;
}

/** `npm run web` on a temp data folder with `config` as config.json and `env` as its environment. */
export async function startFarmWebApp(
  env: Record<string, string>,
  config: Record<string, unknown>,
): Promise<FarmWebApp> {
  const temp = makeTempDir('reelforge-desktop-farm-');
  const dataDir = join(temp.path, 'data');
  const rendererDir = join(temp.path, 'renderer');
  mkdirSync(dataDir);
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Reelforge</title>');
  writeFileSync(join(dataDir, 'config.json'), JSON.stringify(config));
  let app: WebApp;
  try {
    app = await startWebApp({
      dataDir,
      rendererDir,
      port: 0,
      env: { PATH: process.env['PATH'] ?? '', VIDEO_STORAGE_PATH: join(temp.path, 'videos'), ...env },
    });
  } catch (error) {
    temp.cleanup();
    throw error;
  }
  return {
    app,
    root: temp.path,
    dataDir,
    async close() {
      await app.close();
      temp.cleanup();
    },
  };
}

/** Waits until the app's farm reaches Redis. */
export async function untilFarmConnected(app: WebApp): Promise<void> {
  await until(() => {
    const farm = app.runtime.farm.overview();
    return farm.enabled && farm.redis === 'connected';
  });
}

export interface InProcessWorker {
  /** "<host>/<id>", as jobs record it. */
  readonly name: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

/** `reelforge worker --server … --providers …` in this process, with its own data folder. */
export async function startInProcessWorker(options: {
  readonly server: string;
  readonly token: string;
  readonly dataDir: string;
  readonly providers: string;
  readonly mockSeconds?: number;
}): Promise<InProcessWorker> {
  mkdirSync(options.dataDir, { recursive: true });
  writeFileSync(
    join(options.dataDir, 'config.json'),
    JSON.stringify({ providers: { mock: { options: { simulated_seconds: options.mockSeconds ?? 0.2 } } } }),
  );
  const stop = new AbortController();
  let printed = '';
  const exited = workerCommand(
    { server: options.server, token: options.token, dataDir: options.dataDir, providers: options.providers },
    {
      out: (text) => (printed += text),
      err: () => undefined,
      interactive: false,
      env: { PATH: process.env['PATH'] ?? '' },
    },
    stop.signal,
  );
  const failed = exited.then(() => {
    throw new Error('the worker stopped before taking jobs');
  });
  await Promise.race([until(() => /^worker \S+ taking jobs/m.test(printed), 20_000), failed]);
  return {
    name: /^worker (\S+) taking jobs/m.exec(printed)![1]!,
    dataDir: options.dataDir,
    async stop() {
      stop.abort();
      await exited;
    },
  };
}

/**
 * The usual desktop farm of a test: its Redis, `npm run web` as the coordinator (worker API on a
 * free loopback port, `config` merged into config.json), connected; `startWorker` adds a worker
 * in this process. Everything closes after the test.
 */
export async function startConnectedFarm(
  redis: ReturnType<typeof useRedisPerTest>,
  token: string,
  config: { readonly server?: Record<string, unknown>; readonly [key: string]: unknown } = {},
) {
  const { url: redisUrl } = await redis.start();
  const port = await freeLoopbackPort();
  const farmApp = await startFarmWebApp(
    { REELFORGE_REDIS_URL: redisUrl, REELFORGE_API_TOKEN: token },
    { ...config, server: { ...config.server, port } },
  );
  redis.closeAfter(() => farmApp.close());
  await untilFarmConnected(farmApp.app);
  const startWorker = async (providers = 'mock'): Promise<InProcessWorker> => {
    const worker = await startInProcessWorker({
      server: `http://127.0.0.1:${port}`,
      token,
      dataDir: join(farmApp.root, 'worker'),
      providers,
    });
    redis.closeAfter(() => worker.stop());
    return worker;
  };
  return { ...farmApp, port, startWorker };
}
