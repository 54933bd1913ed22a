/**
 * `npm run bench -- farm` — what a second farm worker buys: BENCH_FARM_JOBS (default 20) draft
 * FFmpeg renders through `reelforge serve` + BullMQ + Redis, once with one local
 * `reelforge worker` and once with two, each a separate process on loopback. Times from the
 * first POST /v1/renders to the last completed render, and prints the CPU, the core count, both
 * times and their ratio. Both workers share this machine's cores, so the ratio shows the farm's
 * overhead and what parallel renders gain here, not what a second machine would add.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import {
  startCoordinator,
  startWorker,
  type Coordinator,
  type FarmWorkerProcess,
} from '../test/farm/farm-processes.js';
import { RedisProcess } from '../test/farm/redis-process.js';
import { makeTempDir } from '../test/support/temp-dir.js';

const jobs = Number(process.env.BENCH_FARM_JOBS ?? 20);
const TOKEN = 'farm-bench-token-0123456789';
const samples = readdirSync('resources/samples')
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(resolve('resources/samples', name), 'utf8')) as unknown);

function buildCli(): void {
  const built = spawnSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (built.status !== 0 || !existsSync('out/cli/reelforge.js')) throw new Error('building the CLI failed');
}

async function renderAll(coordinator: Coordinator): Promise<number> {
  const started = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < jobs; i += 1) {
    const response = await coordinator.api('/v1/renders', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ script: samples[i % samples.length], provider: 'ffmpeg', quality: 'draft' }),
    });
    if (response.status !== 202) throw new Error(`POST /v1/renders: HTTP ${response.status}`);
    ids.push(((await response.json()) as { id: string }).id);
  }
  for (const id of ids) {
    for (;;) {
      const { status, error } = (await (await coordinator.api(`/v1/renders/${id}`)).json()) as {
        status: string;
        error: { message: string } | null;
      };
      if (status === 'completed') break;
      if (status !== 'queued' && status !== 'running')
        throw new Error(`render ${id} ${status}: ${error?.message}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return (performance.now() - started) / 1000;
}

async function farmRun(workerCount: number): Promise<number> {
  const temp = makeTempDir('reelforge-farm-bench-');
  const redis = await RedisProcess.start();
  const workers: FarmWorkerProcess[] = [];
  let coordinator: Coordinator | undefined;
  try {
    coordinator = await startCoordinator(join(temp.path, 'coordinator'), TOKEN, redis.url);
    for (let i = 0; i < workerCount; i += 1) {
      workers.push(
        await startWorker(join(temp.path, `worker-${i}`), { server: coordinator.url, token: TOKEN }),
      );
    }
    return await renderAll(coordinator);
  } finally {
    for (const worker of workers) await worker.stop();
    await coordinator?.stop();
    await redis.stop();
    temp.cleanup();
  }
}

buildCli();
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`farm bench: ${jobs} draft ffmpeg renders; ${cpu}, ${availableParallelism()} cores`);
const one = await farmRun(1);
console.log(`1 worker:  ${one.toFixed(1)} s`);
const two = await farmRun(2);
console.log(`2 workers: ${two.toFixed(1)} s`);
console.log(`ratio (1 worker / 2 workers): ${(one / two).toFixed(2)}×`);
