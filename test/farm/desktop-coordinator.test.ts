import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WebApp } from '../../src/main/presentation/loopback/index.js';
import { AIR_SCRIPT } from '../security/desktop-fixture.js';
import { bearerFetch } from '../support/bearer-fetch.js';
import { makeTempDir } from '../support/temp-dir.js';
import { until } from '../support/until.js';
import { ensureRendererBuilt, REPO_ROOT } from '../e2e/support/renderer-build.js';
import { startConnectedFarm, startFarmWebApp } from './desktop-farm.js';
import { freeLoopbackPort, useRedisPerTest } from './redis-process.js';

const TOKEN = 'desktop-coordinator-token-0123';
const MOCK = { providers: { mock: { simulated_seconds: 0.2 } } };

// `npm run web` (the same runtime and coordinator start as the desktop app) with a farm: jobs
// queued from the UI's API go through Redis to a worker, which reaches the app's worker API on
// config.json's server.port with the API token.
describe('the desktop app as a farm coordinator', () => {
  const redis = useRedisPerTest();

  async function queueAirScript(app: WebApp): Promise<string> {
    const [entry] = await app.runtime.handlers['library.addFiles']({
      files: [{ name: 'air.json', content: AIR_SCRIPT }],
    });
    const queued = await app.runtime.handlers['jobs.enqueue']({ libraryIds: [entry!.id], provider: 'mock' });
    return queued.jobs[0]!.id;
  }

  it('dispatches jobs through Redis to a worker that connects to its worker API', async () => {
    const { app, port, startWorker } = await startConnectedFarm(redis, TOKEN, {
      server: { host: '127.0.0.1' },
      ...MOCK,
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

    const worker = await startWorker();
    await until(() => app.runtime.service.getJob(jobId).status === 'completed', 20_000);
    expect(app.runtime.service.getJob(jobId).worker).toBe(worker.name);
    const after = await app.runtime.handlers['farm.status']({});
    expect(after.enabled && after.workers.map((w) => w.name)).toEqual([worker.name]);
  }, 40_000);

  it('renders in its own process without a Redis URL, and listens for no workers', async () => {
    const port = await freeLoopbackPort();
    const farmApp = await startFarmWebApp({}, { server: { port }, ...MOCK });
    redis.closeAfter(() => farmApp.close());
    const { app } = farmApp;
    expect(await app.runtime.handlers['farm.status']({})).toEqual({ enabled: false });
    const jobId = await queueAirScript(app);
    await until(() => app.runtime.service.getJob(jobId).status === 'completed', 10_000);
    expect(app.runtime.service.getJob(jobId).worker).toBeUndefined();
    await expect(fetch(`http://127.0.0.1:${port}/v1/health`)).rejects.toThrow();
  });

  it('npm run web says where workers connect, and where the token is kept', async () => {
    ensureRendererBuilt();
    const { url: redisUrl } = await redis.start();
    const port = await freeLoopbackPort();
    const dataDir = join(makeTempDir('reelforge-web-farm-').path, 'data');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'config.json'), JSON.stringify({ server: { port } }));
    const web = spawn(
      join(REPO_ROOT, 'node_modules/.bin/tsx'),
      ['src/main/presentation/loopback/web-entry.ts', '--port', '0', '--data-dir', dataDir],
      {
        cwd: REPO_ROOT,
        env: {
          PATH: process.env['PATH'] ?? '',
          HOME: process.env['HOME'] ?? '',
          REELFORGE_REDIS_URL: redisUrl,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    web.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    web.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => web.once('exit', () => resolve()));
    redis.closeAfter(async () => {
      web.kill('SIGTERM');
      await exited;
      rmSync(dirname(dataDir), { recursive: true, force: true });
    });
    await until(() => /Workers connect to/.test(output) || web.exitCode !== null, 30_000);
    expect(output).toContain(`Render farm: dispatching through Redis at ${redisUrl}`);
    expect(output).toContain(
      `Workers connect to http://127.0.0.1:${port} (token: stored in ${join(dataDir, 'api-token')}`,
    );
    expect(output).not.toContain(readFileSync(join(dataDir, 'api-token'), 'utf8').trim());
  }, 60_000);

  it('refuses to open the worker API beyond loopback without an explicit token, and says why', async () => {
    const { url: redisUrl } = await redis.start();
    const farmApp = await startFarmWebApp(
      { REELFORGE_REDIS_URL: redisUrl },
      { server: { host: '0.0.0.0', port: 0 }, ...MOCK },
    );
    redis.closeAfter(() => farmApp.close());
    const farm = await farmApp.app.runtime.handlers['farm.status']({});
    expect(farm.enabled && farm.workerApi).toEqual({
      error: expect.stringMatching(
        /could not start on 0\.0\.0\.0:0: .*needs an explicit token.*REELFORGE_API_TOKEN/,
      ),
    });
  });
});
