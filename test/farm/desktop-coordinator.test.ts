import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerCommand } from '../../src/main/presentation/cli/commands/worker.js';
import { startWebApp, type WebApp } from '../../src/main/presentation/loopback/index.js';
import { AIR_SCRIPT } from '../security/desktop-fixture.js';
import { bearerFetch } from '../support/bearer-fetch.js';
import { makeTempDir } from '../support/temp-dir.js';
import { until } from '../support/until.js';
import { freeLoopbackPort, useRedisPerTest } from './redis-process.js';

const TOKEN = 'desktop-coordinator-token-0123';

// `npm run web` (the same runtime and coordinator start as the desktop app) with a farm: jobs
// queued from the UI's API go through Redis to a worker, which reaches the app's worker API on
// config.json's server.port with the API token.
describe('the desktop app as a farm coordinator', () => {
  const redis = useRedisPerTest();

  async function startApp(
    env: Record<string, string>,
    server: Record<string, unknown>,
  ): Promise<{ app: WebApp; root: string }> {
    const temp = makeTempDir('reelforge-desktop-farm-');
    redis.closeAfter(async () => temp.cleanup());
    const dataDir = join(temp.path, 'data');
    const rendererDir = join(temp.path, 'renderer');
    mkdirSync(dataDir);
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Reelforge</title>');
    writeFileSync(
      join(dataDir, 'config.json'),
      JSON.stringify({ server, providers: { mock: { simulated_seconds: 0.2 } } }),
    );
    const app = await startWebApp({
      dataDir,
      rendererDir,
      port: 0,
      env: { PATH: process.env['PATH'] ?? '', VIDEO_STORAGE_PATH: join(temp.path, 'videos'), ...env },
    });
    redis.closeAfter(() => app.close());
    return { app, root: temp.path };
  }

  async function queueAirScript(app: WebApp): Promise<string> {
    const [entry] = await app.runtime.handlers['library.addFiles']({
      files: [{ name: 'air.json', content: AIR_SCRIPT }],
    });
    const queued = await app.runtime.handlers['jobs.enqueue']({ libraryIds: [entry!.id], provider: 'mock' });
    return queued.jobs[0]!.id;
  }

  it('dispatches jobs through Redis to a worker that connects to its worker API', async () => {
    const { url: redisUrl } = await redis.start();
    const port = await freeLoopbackPort();
    const { app, root } = await startApp(
      { REELFORGE_REDIS_URL: redisUrl, REELFORGE_API_TOKEN: TOKEN },
      { host: '127.0.0.1', port },
    );
    await until(() => {
      const farm = app.runtime.farm.overview();
      return farm.enabled && farm.redis === 'connected';
    });
    const farm = await app.runtime.handlers['farm.status']({});
    expect(farm).toMatchObject({
      enabled: true,
      dispatch: 'running',
      workerApi: { url: `http://127.0.0.1:${port}` },
      workers: [],
    });
    expect(JSON.stringify(farm)).not.toContain(TOKEN);
    expect((await fetch(`http://127.0.0.1:${port}/v1/workers`)).status).toBe(401);
    expect((await bearerFetch(`http://127.0.0.1:${port}`, TOKEN)('/v1/workers')).status).toBe(200);

    // Queued from the UI while no worker runs: it waits in the farm, nothing renders here.
    const jobId = await queueAirScript(app);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(app.runtime.service.getJob(jobId).status).toBe('queued');

    const workerDir = join(root, 'worker');
    mkdirSync(workerDir);
    writeFileSync(
      join(workerDir, 'config.json'),
      JSON.stringify({ providers: { mock: { options: { simulated_seconds: 0.2 } } } }),
    );
    const stopWorker = new AbortController();
    let printed = '';
    const workerExit = workerCommand(
      { server: `http://127.0.0.1:${port}`, token: TOKEN, dataDir: workerDir, providers: 'mock' },
      {
        out: (text) => (printed += text),
        err: () => undefined,
        interactive: false,
        env: { PATH: process.env['PATH'] },
      },
      stopWorker.signal,
    );
    redis.closeAfter(async () => {
      stopWorker.abort();
      await workerExit;
    });
    await until(() => app.runtime.service.getJob(jobId).status === 'completed', 20_000);
    const name = /^worker (\S+) taking jobs/m.exec(printed)?.[1];
    expect(name).toBeDefined();
    expect(app.runtime.service.getJob(jobId).worker).toBe(name);
    const after = await app.runtime.handlers['farm.status']({});
    expect(after.enabled && after.workers.map((w) => w.name)).toEqual([name]);
  }, 40_000);

  it('renders in its own process without a Redis URL, and listens for no workers', async () => {
    const port = await freeLoopbackPort();
    const { app } = await startApp({}, { port });
    expect(await app.runtime.handlers['farm.status']({})).toEqual({ enabled: false });
    const jobId = await queueAirScript(app);
    await until(() => app.runtime.service.getJob(jobId).status === 'completed', 10_000);
    expect(app.runtime.service.getJob(jobId).worker).toBeUndefined();
    await expect(fetch(`http://127.0.0.1:${port}/v1/health`)).rejects.toThrow();
  });

  it('refuses to open the worker API beyond loopback without an explicit token, and says why', async () => {
    const { url: redisUrl } = await redis.start();
    const { app } = await startApp({ REELFORGE_REDIS_URL: redisUrl }, { host: '0.0.0.0', port: 0 });
    const farm = await app.runtime.handlers['farm.status']({});
    expect(farm.enabled && farm.workerApi).toEqual({
      error: expect.stringMatching(
        /could not start on 0\.0\.0\.0:0: .*needs an explicit token.*REELFORGE_API_TOKEN/,
      ),
    });
  });
});
