import { describe, expect, it } from 'vitest';
import {
  publishFarmCancel,
  RenderFarmWorker,
} from '../../src/main/infrastructure/queue/render-farm-worker.js';
import { useRedisPerTest } from './redis-process.js';

// Real redis-server on a free loopback port; the two workers share this process (the
// separate-process farm test with the CLI is not written yet).
describe('RenderFarmWorker against a real Redis', () => {
  const farm = useRedisPerTest();

  it('spreads 20 jobs over two workers, each job rendered once', async () => {
    const { redis, queue } = await farm.startWithQueue('spread');
    const renderedBy = new Map<string, string[]>();
    const handlerFor =
      (name: string) =>
      async ({ jobId }: { jobId: string }) => {
        renderedBy.set(jobId, [...(renderedBy.get(jobId) ?? []), name]);
        await new Promise((resolve) => setTimeout(resolve, 20));
      };
    for (const name of ['w1', 'w2']) {
      const worker = await RenderFarmWorker.start(
        { redisUrl: redis.url, queueName: 'spread' },
        handlerFor(name),
      );
      farm.closeAfter(() => worker.close());
    }
    const ids = Array.from({ length: 20 }, (_, index) => `job-${index}`);
    await queue.rebuild(ids);
    await expect.poll(() => renderedBy.size, { interval: 50, timeout: 20_000 }).toBe(20);
    const workersUsed = new Set([...renderedBy.values()].flat());
    expect([...workersUsed].sort()).toEqual(['w1', 'w2']);
    expect([...renderedBy.values()].every((names) => names.length === 1)).toBe(true);
  });

  it('a cancel published by the coordinator aborts the running render', async () => {
    const { redis, queue } = await farm.startWithQueue('cancel');
    let started = false;
    let abortReason = '';
    const worker = await RenderFarmWorker.start(
      { redisUrl: redis.url, queueName: 'cancel' },
      async ({ signal }) => {
        started = true;
        await new Promise<void>((resolve) => {
          signal.addEventListener('abort', () => {
            abortReason = String((signal.reason as Error).message);
            resolve();
          });
        });
      },
    );
    farm.closeAfter(() => worker.close());
    await queue.enqueue('job-to-cancel');
    await expect.poll(() => started, { interval: 20, timeout: 10_000 }).toBe(true);
    await publishFarmCancel(redis.url, 'job-to-cancel');
    await expect
      .poll(() => abortReason, { interval: 20, timeout: 5_000 })
      .toBe('job job-to-cancel was cancelled');
  });
});
