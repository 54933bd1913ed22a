import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FarmCoordinator } from '../../src/main/application/farm/farm-coordinator.js';
import { createDesktopRuntime, type DesktopRuntime } from '../../src/main/desktop-runtime.js';
import { SqliteJobWorkers } from '../../src/main/infrastructure/storage/sqlite-job-workers.js';
import { startRenderServer, type RenderServer } from '../../src/main/presentation/rest/render-server.js';
import { scriptText } from '../support/scripts.js';
import { makeTempDir } from '../support/temp-dir.js';

// What a caller of the worker routes may not do: anything without the token, write outside the
// job's folder, or touch a job another worker holds.
describe('render farm worker routes against an attacker', () => {
  const TOKEN = 'worker-routes-token-0123456789';
  const temp = makeTempDir('reelforge-farm-security-');
  let runtime: DesktopRuntime;
  let server: RenderServer;
  let jobId: string;

  const call = (path: string, init: RequestInit = {}, token: string | undefined = TOKEN) =>
    fetch(`${server.origin}${path}`, {
      ...init,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const post = (path: string, body: unknown, token?: string) =>
    call(
      path,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
      token,
    );

  beforeAll(async () => {
    writeFileSync(
      join(temp.path, 'config.json'),
      JSON.stringify({ global: { output_dir: join(temp.path, 'videos') } }),
    );
    runtime = createDesktopRuntime({ dataDir: temp.path, env: {}, transport: 'loopback', start: false });
    const coordinator = new FarmCoordinator({
      jobs: runtime.service,
      workerColumn: new SqliteJobWorkers(runtime.database),
      sizeOf: (path) => (existsSync(path) ? 1 : undefined),
      inputsOf: () => [],
    });
    server = await startRenderServer({
      runtime,
      host: '127.0.0.1',
      port: 0,
      token: TOKEN,
      version: 'test',
      farm: {
        coordinator,
        redisUrl: 'redis://127.0.0.1:1',
        queueName: 'security',
        status: () => ({
          redis: 'connected',
          dispatch: 'running',
          since: '',
          redisUrl: 'redis://127.0.0.1:1',
        }),
      },
    });
    jobId = (await runtime.service.enqueue(scriptText('air', 'Held'), { provider: 'mock' })).id;
    expect((await post(`/v1/worker/jobs/${jobId}/claim`, { worker: 'host/holder' })).status).toBe(200);
  });

  afterAll(async () => {
    await server.close();
    await runtime.close();
    temp.cleanup();
  });

  it('answers 401 to every worker route without the token, and changes nothing', async () => {
    const attempts = [
      call('/v1/worker/config', {}, ''),
      call('/v1/workers', {}, 'wrong-token-wrong-token'),
      post(
        '/v1/worker/heartbeat',
        { worker: 'x/y', host: 'x', concurrency: 1, providers: [], runningJobs: [] },
        '',
      ),
      post(`/v1/worker/jobs/${jobId}/claim`, { worker: 'evil/w' }, 'wrong-token-wrong-token'),
      post(
        `/v1/worker/jobs/${jobId}/fail`,
        { worker: 'host/holder', status: 'failed', code: 'x', message: 'x' },
        '',
      ),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status).toBe(401);
    expect(runtime.service.getJob(jobId)).toMatchObject({ status: 'running', worker: 'host/holder' });
  });

  it('refuses upload names that leave the job folder, writing nothing', async () => {
    for (const name of ['..%2F..%2Fescape.mp4', '.hidden', '..']) {
      const response = await call(`/v1/worker/jobs/${jobId}/files/${name}?worker=host%2Fholder`, {
        method: 'POST',
        body: 'payload',
      });
      expect([400, 404]).toContain(response.status);
    }
    expect(existsSync(join(temp.path, 'escape.mp4'))).toBe(false);
    expect(existsSync(join(temp.path, 'videos', 'escape.mp4'))).toBe(false);
  });

  it('hands out no file through the inputs route but the media of the job, to its holder', async () => {
    const secret = join(temp.path, 'config.json');
    const sha = createHash('sha256').update(readFileSync(secret)).digest('hex');
    for (const path of [
      `/v1/worker/jobs/${jobId}/inputs/${sha}?worker=host%2Fholder`,
      `/v1/worker/jobs/${jobId}/inputs/..%2F..%2Fconfig.json?worker=host%2Fholder`,
      `/v1/worker/jobs/${jobId}/inputs/${sha}?worker=evil%2Fw`,
    ]) {
      const response = await call(path);
      expect(response.status).toBe(409);
      expect(await response.text()).not.toContain('output_dir');
    }
  });

  it('a worker that does not hold the job can neither upload, complete nor fail it', async () => {
    const upload = await call(`/v1/worker/jobs/${jobId}/files/video.mp4?worker=evil%2Fw`, {
      method: 'POST',
      body: 'not the real video',
    });
    expect(upload.status).toBe(409);
    expect(existsSync(join(temp.path, 'videos', 'farm', jobId))).toBe(false);
    const fail = await post(`/v1/worker/jobs/${jobId}/fail`, {
      worker: 'evil/w',
      status: 'failed',
      code: 'x',
      message: 'x',
    });
    expect(fail.status).toBe(409);
    const complete = await post(`/v1/worker/jobs/${jobId}/complete`, {
      worker: 'host/holder',
      providerId: 'mock',
      video: '../../../etc/passwd',
      extraFiles: [],
      durationSeconds: 1,
      width: 1,
      height: 1,
      mimeType: 'video/mp4',
      renderSeconds: 1,
      fallbackTrail: [],
    });
    expect(complete.status).toBe(400);
    expect(runtime.service.getJob(jobId)).toMatchObject({ status: 'running', worker: 'host/holder' });
    expect(readdirSync(temp.path)).not.toContain('escape.mp4');
  });
});
