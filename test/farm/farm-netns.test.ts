import { execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir.js';
import * as farm from './farm-processes.js';
import {
  NetworkLab,
  networkLabUnavailable,
  unixSocketApi,
  unixSocketProxy,
  type LabHost,
} from './network-lab.js';
import { RedisProcess } from './redis-process.js';
import { farmClient } from './farm-client.js';

// The render farm on four "machines": Redis, the coordinator (`reelforge serve`) and two
// `reelforge worker`s, each in its own network namespace on a private test subnet, joined by a
// bridge, each with its own data folder. farm-cli.test.ts runs the same farm as separate
// processes on loopback; this one checks that nothing in it depends on sharing a host.
const unavailable = networkLabUnavailable();
if (unavailable) console.warn(`farm-netns: skipped (${unavailable}); farm-cli.test.ts covers loopback`);

const TOKEN = 'farm-netns-token-0123456789';
const sample = JSON.parse(
  readFileSync(join(farm.REPO_ROOT, 'resources/samples/fire-start-now.json'), 'utf8'),
) as Record<string, unknown>;

describe.skipIf(unavailable !== undefined)('render farm across network namespaces', () => {
  const temp = makeTempDir('reelforge-farm-netns-');
  let lab: NetworkLab;
  let redis: RedisProcess;
  let coordinator: farm.Coordinator;
  let proxy: ChildProcess;
  let api: ReturnType<typeof unixSocketApi>;
  const workers: farm.FarmWorkerProcess[] = [];
  const hosts: Record<string, LabHost> = {};

  const { submit, render, untilEnded, completions, cancelRunningFfmpeg } = farmClient(
    (path, init) => api(path, init),
    sample,
    () => workers,
  );
  const startFarmWorker = (name: string) =>
    farm.startWorker(join(temp.path, name), {
      server: coordinator.url,
      token: TOKEN,
      concurrency: 2,
      mockSeconds: 1.5,
      lockMs: 1000,
      launcher: hosts[name]!.exec,
    });

  beforeAll(async () => {
    lab = new NetworkLab();
    for (const name of ['redis', 'coordinator', 'worker-a', 'worker-b']) hosts[name] = lab.host(name);
    redis = await RedisProcess.start(6379, { bind: hosts['redis']!.address, launcher: hosts['redis']!.exec });
    coordinator = await farm.startCoordinator(join(temp.path, 'coordinator'), TOKEN, redis.url, undefined, {
      address: hosts['coordinator']!.address,
      launcher: hosts['coordinator']!.exec,
    });
    expect(coordinator.url).toContain(hosts['coordinator']!.address);
    const socket = join(temp.path, 'coordinator.sock');
    proxy = await unixSocketProxy(hosts['coordinator']!, Number(new URL(coordinator.url).port), socket);
    api = unixSocketApi(socket, TOKEN);
    for (const name of ['worker-a', 'worker-b']) workers.push(await startFarmWorker(name));
  }, 90_000);

  afterAll(async () => {
    for (const worker of workers) await worker.stop('SIGKILL');
    await coordinator?.stop();
    proxy?.kill('SIGKILL');
    await redis?.stop();
    lab?.destroy();
    temp.cleanup();
  }, 30_000);

  it('the hosts cannot reach each other over loopback: only over the test subnet', () => {
    const [command, ...prefix] = hosts['worker-a']!.exec;
    const reach = (address: string) =>
      execFileSync(command!, [...prefix, 'redis-cli', '-h', address, '-p', '6379', 'ping'], {
        timeout: 5000,
        stdio: ['ignore', 'pipe', 'ignore'],
      })
        .toString()
        .trim();
    expect(reach(hosts['redis']!.address)).toBe('PONG');
    expect(() => reach('127.0.0.1')).toThrow();
  });

  it('spreads 12 jobs over both workers; each completes once on the worker it names', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) ids.push(await submit({ provider: 'mock', quality: 'draft' }));
    const ended = [];
    for (const id of ids) ended.push(await untilEnded(id));
    expect(ended.map((job) => job.status)).toEqual(ids.map(() => 'completed'));
    for (const id of ids) {
      await expect.poll(() => completions(id), { interval: 50, timeout: 5_000 }).toBe(1);
    }
    for (const worker of workers) {
      expect(ended.filter((job) => job.worker === worker.name).length).toBeGreaterThanOrEqual(1);
    }
  }, 90_000);

  it('cancel on the coordinator stops the ffmpeg on the worker host within 1 s', async () => {
    await cancelRunningFfmpeg(temp.path);
  }, 60_000);

  it('a worker host killed mid-render: the other host completes its job, once', async () => {
    const id = await submit({ provider: 'mock' });
    await expect
      .poll(async () => (await render(id)).progress, { interval: 50, timeout: 20_000 })
      .toBeGreaterThan(0);
    const holder = (await render(id)).worker;
    const doomed = workers.find((w) => w.name === holder)!;
    const survivor = workers.find((w) => w.name !== holder)!;
    await doomed.stop('SIGKILL');
    const ended = await untilEnded(id);
    expect(ended).toMatchObject({ status: 'completed', worker: survivor.name });
    await expect.poll(() => completions(id), { interval: 50, timeout: 5_000 }).toBe(1);
    const name = doomed.dataDir.endsWith('worker-a') ? 'worker-a' : 'worker-b';
    workers.splice(workers.indexOf(doomed), 1, await startFarmWorker(name));
  }, 60_000);

  it('the Redis host restarted: dispatch pauses, then resumes, and every job completes', async () => {
    await redis.stop();
    const health = async () =>
      ((await (await api('/v1/health')).json()) as { farm?: { dispatch: string } }).farm;
    await expect.poll(health, { interval: 100, timeout: 10_000 }).toMatchObject({ dispatch: 'paused' });
    const during = [await submit({ provider: 'mock' }), await submit({ provider: 'mock' })];
    await redis.restart();
    await expect.poll(health, { interval: 100, timeout: 15_000 }).toMatchObject({ dispatch: 'running' });
    for (const id of during) expect((await untilEnded(id)).status).toBe('completed');
  }, 60_000);
});
