import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerListSchema } from '../../src/shared/rest-contract.js';
import { workerListSchema } from '../../src/shared/farm-contract.js';
import type { FarmOverview } from '../../src/shared/farm-api-types.js';
import { openSocket, TestClient } from '../loopback/loopback-client.js';
import { makeTone, meanVolume, probe } from '../support/media-tools.js';
import { makeTempDir } from '../support/temp-dir.js';
import {
  REPO_ROOT,
  startCoordinator,
  startWorker,
  type Coordinator,
  type FarmWorkerProcess,
} from './farm-processes.js';
import { RedisProcess } from './redis-process.js';
import { farmClient } from './farm-client.js';
import { runCli } from '../support/run-cli.js';

// The render farm as users run it, through the built CLI (bin/reelforge.js): redis-server, the
// coordinator (`reelforge serve`) and two `reelforge worker` processes, each a separate process
// with its own data dir and database, talking over loopback only (no network namespace).

const TOKEN = 'farm-test-token-0123456789';
const sample = JSON.parse(
  readFileSync(join(REPO_ROOT, 'resources/samples/air-morning-clarity.json'), 'utf8'),
) as Record<string, unknown>;

describe('render farm through the CLI: serve + two workers + Redis', () => {
  const temp = makeTempDir('reelforge-farm-');
  let redis: RedisProcess;
  let coordinator: Coordinator;
  const workers: FarmWorkerProcess[] = [];
  /** Only the coordinator has the script's music, under its working folder. */
  const coordinatorCwd = join(temp.path, 'coordinator-cwd');

  const { submit, render, untilEnded, expectCompletedOnce, startMockOnAWorker, cancelRunningFfmpeg } =
    farmClient(
      (path, init) => coordinator.api(path, init),
      sample,
      () => workers,
    );
  const health = async () =>
    (await (await coordinator.api('/v1/health')).json()) as { farm?: { redis: string; dispatch: string } };

  beforeAll(async () => {
    redis = await RedisProcess.start();
    mkdirSync(join(coordinatorCwd, 'media'), { recursive: true });
    makeTone(join(coordinatorCwd, 'media', 'tone.wav'), 440, 3);
    coordinator = await startCoordinator(join(temp.path, 'coordinator'), TOKEN, redis.url, coordinatorCwd);
    for (const name of ['worker-a', 'worker-b']) {
      workers.push(
        await startWorker(join(temp.path, name), {
          server: coordinator.url,
          token: TOKEN,
          concurrency: 3,
          mockSeconds: 1.5,
          lockMs: 1000,
        }),
      );
    }
  }, 60_000);

  afterAll(async () => {
    for (const worker of workers) await worker.stop();
    await coordinator?.stop();
    await redis?.stop();
    temp.cleanup();
  }, 30_000);

  it('spreads 20 mock jobs and an ffmpeg draft over both workers; each completes once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i += 1) ids.push(await submit({ provider: 'mock', quality: 'draft' }));
    const ffmpegId = await submit({ provider: 'ffmpeg', quality: 'draft' });
    // The worker is recorded from the moment one takes the job.
    await expect
      .poll(async () => (await render(ffmpegId)).worker, { interval: 100, timeout: 30_000 })
      .toMatch(/\//);
    // From then on it names its provider too, not null until it completes.
    const taken = await render(ffmpegId);
    if (taken.status === 'running') expect(taken.provider).toBe('ffmpeg');
    const ended: Awaited<ReturnType<typeof render>>[] = [];
    for (const id of [...ids, ffmpegId]) ended.push(await untilEnded(id));
    expect(ended.map((job) => job.status)).toEqual(ended.map(() => 'completed'));
    for (const id of [...ids, ffmpegId]) await expectCompletedOnce(id);
    const names = workers.map((w) => w.name);
    const byWorker = new Map(names.map((name) => [name, ended.filter((job) => job.worker === name).length]));
    expect([...byWorker.values()].reduce((a, b) => a + b)).toBe(21);
    for (const name of names) expect(byWorker.get(name)).toBeGreaterThanOrEqual(1);

    const video = await coordinator.api(`/v1/renders/${ffmpegId}/video`);
    expect(video.status).toBe(200);
    const path = join(temp.path, 'draft.mp4');
    writeFileSync(path, Buffer.from(await video.arrayBuffer()));
    const probed = probe(path);
    expect(probed.durationSeconds).toBeGreaterThan(1);
    expect((await coordinator.api(`/v1/renders/${ffmpegId}/poster`)).status).toBe(200);

    const listed = workerListSchema.parse(await (await coordinator.api('/v1/workers')).json());
    expect(listed.workers.map((w) => w.worker).sort()).toEqual([...names].sort());
    expect(listed.workers.every((w) => !w.stale)).toBe(true);
    // Cloud providers without a key here are not offered: such jobs stay for a worker that has one.
    for (const w of listed.workers) {
      expect(w.providers).toEqual(expect.arrayContaining(['ffmpeg', 'mock']));
      expect(w.providers).not.toContain('runway');
      expect(w.providers).not.toContain('synthesia');
    }
  }, 90_000);

  it('a worker asked for a provider it cannot run says why and exits 2', async () => {
    const dataDir = join(temp.path, 'keyless');
    const run = await runCli(
      ['worker', '--server', coordinator.url, '--providers', 'mock,runway', '--data-dir', dataDir],
      { REELFORGE_API_TOKEN: TOKEN, REELFORGE_DATA_DIR: dataDir },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--providers: runway cannot render on this machine: no API key/);
  }, 30_000);

  it('the UI serve serves shows the farm (farm.status): Redis, where workers connect, both workers', async () => {
    const origin = new URL(coordinator.url).origin;
    const socket = await openSocket(`${origin.replace('http', 'ws')}/api?token=${TOKEN}`, { Origin: origin });
    if ('refused' in socket) throw new Error(`the UI's API refused the page: ${socket.refused}`);
    try {
      const farm = await new TestClient(socket).value<FarmOverview>('farm.status', {});
      expect(farm).toMatchObject({ enabled: true, redis: 'connected', workerApi: { url: origin } });
      expect(farm.enabled && farm.workers.map((w) => w.name).sort()).toEqual(
        workers.map((w) => w.name).sort(),
      );
      expect(JSON.stringify(farm)).not.toContain(TOKEN);
    } finally {
      socket.terminate();
    }
  });

  it('a SIGKILLed worker loses its job to the other through stalled recovery; it completes once', async () => {
    const { id, holder: doomed, other: survivor } = await startMockOnAWorker();
    await doomed.stop('SIGKILL');

    const ended = await untilEnded(id);
    expect(ended.status).toBe('completed');
    expect(ended.worker).toBe(survivor.name);
    await expectCompletedOnce(id);
    // What the coordinator keeps for the job: the finished files only, no half upload.
    const farmDir = join(temp.path, 'coordinator', 'videos', 'farm', id);
    expect(readdirSync(farmDir).filter((name) => name.startsWith('.'))).toEqual([]);

    // The killed worker's scratch (its job's folder) stayed behind; the next worker on the same
    // data folder removes it when it starts, and says so.
    const scratch = join(doomed.dataDir, 'farm-work', `pid-${doomed.child.pid}`);
    expect(readdirSync(scratch)).not.toEqual([]);
    const restarted = await restartLike(doomed);
    workers.splice(workers.indexOf(doomed), 1, restarted);
    expect(existsSync(scratch)).toBe(false);
    expect(restarted.output()).toContain(`removed ${scratch}, left by a stopped worker`);
  }, 60_000);

  it('a worker stopped with SIGTERM mid-render hands its job back; the other completes it once', async () => {
    const { id, holder, other } = await startMockOnAWorker();
    await holder.stop('SIGTERM');
    await expect
      .poll(() => holder.output(), { interval: 50, timeout: 5_000 })
      .toContain(`job ${id}: handed back`);
    const ended = await untilEnded(id);
    expect(ended).toMatchObject({ status: 'completed', worker: other.name });
    await expectCompletedOnce(id);
    workers.splice(workers.indexOf(holder), 1, await restartLike(holder));
  }, 60_000);

  it('DELETE on the coordinator cancels a render on a worker and its ffmpeg is gone within 1 s', async () => {
    await cancelRunningFfmpeg(temp.path);
  }, 60_000);

  it('Redis stopped: dispatch pauses and says so; restarted: it resumes and nothing is lost', async () => {
    // Jobs waiting in Redis when it dies are lost there (no persistence): SQLite refills it.
    const before: string[] = [];
    for (let i = 0; i < 10; i += 1) before.push(await submit({ provider: 'mock' }));
    const waitingInRedis = (): number =>
      Number(execFileSync('redis-cli', ['-p', String(redis.port), 'llen', 'bull:reelforge-renders:wait']));
    await expect.poll(waitingInRedis, { interval: 20, timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    await redis.stop();
    await expect
      .poll(async () => (await health()).farm, { interval: 100, timeout: 10_000 })
      .toMatchObject({ redis: 'unreachable', dispatch: 'paused' });
    const providers = providerListSchema.parse(await (await coordinator.api('/v1/providers')).json());
    expect(providers.farm).toMatchObject({ redis: 'unreachable', dispatch: 'paused' });
    // Workers stopped earlier count until their heartbeat goes stale (10 s).
    expect(providers.farm!.liveWorkers).toBeGreaterThanOrEqual(2);
    const during = [await submit({ provider: 'mock' }), await submit({ provider: 'mock' })];
    for (const id of during) expect((await render(id)).status).toBe('queued');

    // The workers say once that Redis is gone, in one line each, with no stack trace: ioredis
    // without an error listener printed "[ioredis] Unhandled error event" and a stack per retry.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const worker of workers) {
      const said = worker.output();
      expect(said).not.toContain('Unhandled error event');
      expect(said).not.toMatch(/^\s+at /m);
      expect(said.match(/redis: .*; retrying/g) ?? []).toHaveLength(1);
    }

    await redis.restart();
    await expect
      .poll(async () => (await health()).farm, { interval: 100, timeout: 10_000 })
      .toMatchObject({ redis: 'connected', dispatch: 'running' });
    for (const id of [...before, ...during]) {
      expect((await untilEnded(id)).status).toBe('completed');
      await expectCompletedOnce(id);
    }
  }, 60_000);

  it('ships the media a script names to the worker, by sha256, cached there once', async () => {
    const script = { ...sample, music: 'media/tone.wav' };
    const submitWithMusic = () => submit({ script, provider: 'ffmpeg', quality: 'draft' });
    const first = await untilEnded(await submitWithMusic());
    expect(first.status, first.error?.message).toBe('completed');
    const path = join(temp.path, 'with-music.mp4');
    writeFileSync(
      path,
      Buffer.from(await (await coordinator.api(`/v1/renders/${first.id}/video`)).arrayBuffer()),
    );
    expect(probe(path).streams.map((s) => s.codec_type)).toContain('audio');
    expect(meanVolume(path, 0.5, 1)).toBeGreaterThan(-40);
    const cacheOf = (w: FarmWorkerProcess) => {
      try {
        return readdirSync(join(w.dataDir, 'farm-inputs'));
      } catch {
        return [];
      }
    };
    const cached = workers.flatMap(cacheOf);
    expect(cached).toHaveLength(1);
    expect(cached[0]).toMatch(/^[0-9a-f]{64}$/);
  }, 60_000);

  it('the coordinator stops on SIGTERM while Redis is away (nothing waits on it forever)', async () => {
    const ownRedis = await RedisProcess.start();
    const lonely = await startCoordinator(join(temp.path, 'lonely'), TOKEN, ownRedis.url, coordinatorCwd);
    try {
      const farmOf = async () =>
        ((await (await lonely.api('/v1/health')).json()) as { farm?: { redis: string } }).farm?.redis;
      await expect.poll(farmOf, { interval: 100, timeout: 10_000 }).toBe('connected');
      await ownRedis.stop();
      await expect.poll(farmOf, { interval: 100, timeout: 10_000 }).toBe('unreachable');
      lonely.child.kill('SIGTERM');
      await expect.poll(() => lonely.child.exitCode, { interval: 100, timeout: 10_000 }).toBe(0);
    } finally {
      await lonely.stop('SIGKILL');
      await ownRedis.stop();
    }
  }, 30_000);

  async function restartLike(worker: FarmWorkerProcess): Promise<FarmWorkerProcess> {
    return startWorker(worker.dataDir, {
      server: coordinator.url,
      token: TOKEN,
      concurrency: 3,
      mockSeconds: 1.5,
      lockMs: 1000,
    });
  }
});
