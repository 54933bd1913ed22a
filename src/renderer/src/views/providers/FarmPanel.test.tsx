// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FarmOverview } from '#shared/farm-api-types.js';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { FarmPanel, secondsAgo } from './FarmPanel.js';
import { ProvidersView } from './ProvidersView.js';

afterEach(cleanup);

const now = new Date().toISOString();
const farmOn = (overrides: Partial<Extract<FarmOverview, { enabled: true }>> = {}): FarmOverview => ({
  enabled: true,
  redis: 'connected',
  dispatch: 'running',
  since: now,
  redisUrl: 'redis://10.0.0.1:6379',
  workerApi: { url: 'http://10.0.0.1:4280', token: 'stored in /data/api-token (or set REELFORGE_API_TOKEN)' },
  workers: [],
  ...overrides,
});

describe('FarmPanel', () => {
  it('says the farm is off and how to turn it on, and does not keep asking', async () => {
    const api = new FakeReelforgeApi();
    renderWithApi(<FarmPanel pollMs={20} />, api);
    expect((await screen.findByTestId('farm-off')).textContent).toMatch(/queue\.redis_url/);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(api.callsTo('farm.status')).toHaveLength(1);
  });

  it('shows Redis, where workers connect (the token’s place, not the token) and each worker’s load', async () => {
    const api = new FakeReelforgeApi({
      farm: farmOn({
        workers: [
          {
            name: 'render-2/ab12',
            host: 'render-2',
            lastHeartbeatAt: now,
            stale: false,
            concurrency: 2,
            providers: ['ffmpeg', 'mock'],
            runningJobs: ['j1'],
            load: 0.5,
          },
        ],
      }),
    });
    renderWithApi(<ProvidersView />, api);
    expect((await screen.findByTestId('farm-redis')).textContent).toMatch(
      /Redis connected \(redis:\/\/10\.0\.0\.1:6379\)/,
    );
    expect(screen.getByTestId('farm-connect').textContent).toMatch(
      /reelforge worker --server http:\/\/10\.0\.0\.1:4280/,
    );
    expect(screen.getByTestId('farm-connect').textContent).toMatch(/stored in \/data\/api-token/);
    const worker = screen.getByTestId('farm-worker');
    expect(worker.dataset.worker).toBe('render-2/ab12');
    expect(within(worker).getByTestId('farm-worker-running').textContent).toBe('1/2');
    expect(within(worker).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');
    expect(within(worker).getByText('ffmpeg, mock')).toBeTruthy();
  });

  it('says why dispatch is paused and why workers cannot connect', async () => {
    const api = new FakeReelforgeApi({
      farm: farmOn({
        redis: 'unreachable',
        dispatch: 'paused',
        reason: 'Redis at redis://10.0.0.1:6379 is unreachable; renders stay queued',
        workerApi: { error: 'The worker API could not start on 0.0.0.0:4280: port in use' },
      }),
    });
    renderWithApi(<FarmPanel />, api);
    expect((await screen.findByTestId('farm-redis')).textContent).toMatch(
      /Dispatch paused: Redis at redis:\/\/10\.0\.0\.1:6379 is unreachable/,
    );
    expect(screen.getByTestId('farm-connect').textContent).toMatch(/port in use/);
  });

  it('updates by itself as workers come and go', async () => {
    const api = new FakeReelforgeApi({ farm: farmOn() });
    renderWithApi(<FarmPanel pollMs={30} />, api);
    await screen.findByTestId('farm-no-workers');
    api.farm = farmOn({
      workers: [
        {
          name: 'w/1',
          host: 'w',
          lastHeartbeatAt: now,
          stale: false,
          concurrency: 1,
          providers: ['mock'],
          runningJobs: [],
          load: 0,
        },
      ],
    });
    await waitFor(() => expect(screen.getByTestId('farm-worker').dataset.worker).toBe('w/1'));
    expect(api.callsTo('farm.status').length).toBeGreaterThan(1);
  });

  it('tells heartbeat ages in seconds, then minutes', () => {
    const at = Date.parse('2026-12-04T22:00:00.000Z');
    expect(secondsAgo('2026-12-04T22:00:00.000Z', at + 3_400)).toBe('3 s ago');
    expect(secondsAgo('2026-12-04T22:00:00.000Z', at + 600_000)).toBe('10 min ago');
  });
});
