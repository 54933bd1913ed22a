import { afterEach, describe, expect, it } from 'vitest';
import { RenderFarmQueue } from '../../src/main/infrastructure/queue/render-farm-queue.js';
import { RedisProcess } from './redis-process.js';

// Real redis-server on a free loopback port, started and stopped by the test.
describe('RenderFarmQueue against a real Redis', () => {
  let redis: RedisProcess | undefined;
  let queue: RenderFarmQueue | undefined;

  afterEach(async () => {
    await queue?.close();
    await redis?.stop();
    queue = undefined;
    redis = undefined;
  });

  it('rebuilding from SQLite twice never doubles a job', async () => {
    redis = await RedisProcess.start();
    queue = new RenderFarmQueue(redis.url, 'rebuild-twice');
    await queue.enqueue('job-a');
    expect(await queue.rebuild(['job-a', 'job-b', 'job-c'])).toBe(2);
    expect(await queue.rebuild(['job-a', 'job-b', 'job-c'])).toBe(0);
    expect((await queue.waitingJobIds()).sort()).toEqual(['job-a', 'job-b', 'job-c']);
  });

  it('after Redis lost everything, a rebuild restores every queued job', async () => {
    redis = await RedisProcess.start();
    queue = new RenderFarmQueue(redis.url, 'redis-restart');
    await queue.rebuild(['job-1', 'job-2']);
    await redis.stop();
    await redis.restart();
    // The connection reconnects by itself; the restarted Redis has no keys.
    await expect.poll(() => queue!.waitingJobIds(), { interval: 50, timeout: 10_000 }).toEqual([]);
    expect(await queue.rebuild(['job-1', 'job-2'])).toBe(2);
    expect((await queue.waitingJobIds()).sort()).toEqual(['job-1', 'job-2']);
  });

  it('closes while Redis is away, with a command still waiting for it (the process can exit)', async () => {
    redis = await RedisProcess.start();
    const lost = new RenderFarmQueue(redis.url, 'closing-without-redis');
    await lost.enqueue('job-x');
    await redis.stop();
    // Waits in ioredis's offline queue for a Redis that does not come back.
    const pending = lost.ensureQueued('job-y');
    const outcome = Promise.race([
      lost.close(200).then(() => 'closed'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5_000)),
    ]);
    expect(await outcome).toBe('closed');
    await expect(pending).rejects.toThrow(/Connection is closed/);
  });
});
