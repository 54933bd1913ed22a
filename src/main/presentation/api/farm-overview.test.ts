import { describe, expect, it } from 'vitest';
import type { WorkerView } from '../../application/farm/farm-workers.js';
import type { FarmStatus } from '../../infrastructure/queue/farm-dispatcher.js';
import { farmOverview, FarmStatusBoard } from './farm-overview.js';

const worker = (name: string, running: string[], concurrency: number): WorkerView => ({
  worker: name,
  host: name.split('/')[0]!,
  concurrency,
  providers: ['ffmpeg', 'mock'],
  runningJobs: running,
  lastHeartbeatAt: '2026-12-04T22:00:00.000Z',
  stale: false,
});

const status = (redis: FarmStatus['redis']): FarmStatus => ({
  redis,
  dispatch: redis === 'connected' ? 'running' : 'paused',
  since: '2026-12-04T21:59:00.000Z',
  redisUrl: 'redis://10.0.0.1:6379',
});

describe('farmOverview', () => {
  it('is off without a farm', () => {
    expect(farmOverview(undefined)).toEqual({ enabled: false });
    expect(new FarmStatusBoard().overview()).toEqual({ enabled: false });
  });

  it('gives each worker its load (running over concurrency) and no reason while dispatch runs', () => {
    const overview = farmOverview({
      status: () => status('connected'),
      workers: () => [worker('a/1', ['j1'], 2), worker('b/2', ['j2', 'j3'], 2), worker('c/3', [], 1)],
      workerApi: { url: 'http://10.0.0.1:4280', token: 'stored in /data/api-token' },
    });
    expect(overview).toMatchObject({ enabled: true, redis: 'connected', dispatch: 'running' });
    expect(overview).not.toHaveProperty('reason');
    expect(overview.enabled && overview.workers.map((w) => [w.name, w.load])).toEqual([
      ['a/1', 0.5],
      ['b/2', 1],
      ['c/3', 0],
    ]);
  });

  it('says why dispatch is paused, naming Redis', () => {
    const overview = farmOverview({
      status: () => status('unreachable'),
      workers: () => [],
      workerApi: { error: 'port in use' },
    });
    expect(overview).toMatchObject({
      dispatch: 'paused',
      reason: expect.stringMatching(/Redis at redis:\/\/10\.0\.0\.1:6379 is unreachable/),
    });
  });

  it('follows the farm the board is given, and forgets it when detached', () => {
    const board = new FarmStatusBoard();
    board.attach({ status: () => status('connected'), workers: () => [], workerApi: { error: 'x' } });
    expect(board.overview().enabled).toBe(true);
    board.detach();
    expect(board.overview()).toEqual({ enabled: false });
  });
});
