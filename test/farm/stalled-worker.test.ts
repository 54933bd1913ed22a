import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RenderFarmWorker } from '../../src/main/infrastructure/queue/render-farm-worker.js';
import { useRedisPerTest } from './redis-process.js';

// The killed worker is a separate process (SIGKILL, no clean shutdown); the survivor runs in
// the test process. Both talk to a real redis-server on a free loopback port.
describe('a farm worker SIGKILLed mid-render', () => {
  const farm = useRedisPerTest();

  it('loses its job to another worker, which renders it exactly once', async () => {
    const { redis, queue } = await farm.startWithQueue('stalled');
    const doomed = spawn(
      'npx',
      ['tsx', join(__dirname, 'fixtures/hanging-worker.ts'), redis.url, 'stalled'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    let doomedOutput = '';
    doomed.stdout!.on('data', (chunk: Buffer) => (doomedOutput += chunk.toString()));
    doomed.stderr!.on('data', (chunk: Buffer) => (doomedOutput += chunk.toString()));
    farm.closeAfter(async () => {
      if (doomed.exitCode === null && doomed.signalCode === null) process.kill(-doomed.pid!, 'SIGKILL');
    });
    await expect.poll(() => doomedOutput, { interval: 50, timeout: 30_000 }).toContain('ready');
    await queue.enqueue('job-stalled');
    await expect.poll(() => doomedOutput, { interval: 50, timeout: 10_000 }).toContain('started job-stalled');
    // Kill the whole process group (npx + tsx + node) so nothing renews the lock.
    process.kill(-doomed.pid!, 'SIGKILL');

    const renders: string[] = [];
    const survivor = await RenderFarmWorker.start(
      { redisUrl: redis.url, queueName: 'stalled', lockDurationMs: 1000, stalledIntervalMs: 500 },
      async ({ jobId }) => {
        renders.push(jobId);
      },
    );
    farm.closeAfter(() => survivor.close());
    await expect.poll(() => renders, { interval: 100, timeout: 20_000 }).toEqual(['job-stalled']);
    // Give a second stalled check the chance to hand it out again; it must not.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(renders).toEqual(['job-stalled']);
  });
});
