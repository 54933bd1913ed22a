import { describe, expect, it } from 'vitest';
import { FarmWorkers, FORGET_AFTER_MS, STALE_AFTER_MS } from './farm-workers.js';

describe('FarmWorkers', () => {
  const beat = (worker: string, runningJobs: string[] = []) => ({
    worker,
    host: worker.split('/')[0]!,
    concurrency: 2,
    providers: ['mock'],
    runningJobs,
  });

  it('keeps the last heartbeat of each worker, sorted by name, and marks silent ones stale', () => {
    let now = Date.parse('2026-12-01T10:00:00Z');
    const workers = new FarmWorkers(() => now);
    workers.beat(beat('b/2', ['job-1']));
    workers.beat(beat('a/1'));
    now += STALE_AFTER_MS;
    workers.beat(beat('a/1', ['job-2']));
    now += 1;
    expect(workers.list()).toEqual([
      { ...beat('a/1', ['job-2']), lastHeartbeatAt: '2026-12-01T10:00:10.000Z', stale: false },
      { ...beat('b/2'), lastHeartbeatAt: '2026-12-01T10:00:00.000Z', stale: true },
    ]);
  });

  it('lists no running jobs under a silent worker, and forgets one silent for ten minutes', () => {
    let now = Date.parse('2026-12-01T10:00:00Z');
    const workers = new FarmWorkers(() => now);
    workers.beat(beat('killed/1', ['job-1']));
    workers.beat(beat('alive/2', ['job-2']));
    now += STALE_AFTER_MS + 1;
    workers.beat(beat('alive/2', ['job-2']));
    expect(workers.list().find((w) => w.worker === 'killed/1')).toMatchObject({
      stale: true,
      runningJobs: [],
    });
    now += FORGET_AFTER_MS;
    workers.beat(beat('alive/2', ['job-3']));
    expect(workers.list().map((w) => [w.worker, w.runningJobs])).toEqual([['alive/2', ['job-3']]]);
  });
});
