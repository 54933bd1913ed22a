// The render farm this app coordinates: Redis and dispatch, where workers connect, and each
// worker with its load. Polled while shown: workers beat every 2 s, which no job event reports.
import { useEffect } from 'react';
import type { FarmOverview, FarmWorkerInfo } from '#shared/farm-api-types.js';
import { useApi } from '../../app/api-context.js';
import { ErrorBanner, ProgressBar, Spinner } from '../../components/common.js';
import { formatDateTime, formatPercent } from '../../state/format.js';
import { useAsync } from '../../state/use-async.js';

export const FARM_POLL_MS = 2_000;

export function FarmPanel({ pollMs = FARM_POLL_MS }: { pollMs?: number }) {
  const api = useApi();
  const state = useAsync(() => api['farm.status']({}), 'farm');
  const { reload } = state;
  // Only a farm changes by itself; turning one on takes a restart, so an off farm is not polled.
  const enabled = state.data?.enabled === true;
  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(reload, pollMs);
    return () => clearInterval(timer);
  }, [enabled, reload, pollMs]);

  return (
    <section className="panel farm-panel" aria-label="Render farm" data-testid="farm-panel">
      <h2 className="section-title">Render farm</h2>
      {state.error && <ErrorBanner message={`Could not load the farm: ${state.error}`} onRetry={reload} />}
      {!state.data ? state.loading && <Spinner label="Asking the farm…" /> : <FarmBody farm={state.data} />}
    </section>
  );
}

function FarmBody({ farm }: { farm: FarmOverview }) {
  if (!farm.enabled) {
    return (
      <p className="muted" data-testid="farm-off">
        Off: renders run on this computer. To hand them to <code>reelforge worker</code> processes on other
        machines, set <code>queue.redis_url</code> in config.json (or <code>REELFORGE_REDIS_URL</code>) and
        restart the app.
      </p>
    );
  }
  const up = farm.redis === 'connected';
  return (
    <>
      <p data-testid="farm-redis" className={up ? 'ok-text' : 'error-text'}>
        <span className={`status-dot ${up ? 'ok' : 'off'}`} aria-hidden="true" />
        {up
          ? `Redis connected (${farm.redisUrl}): dispatching renders to workers`
          : `Dispatch paused: ${farm.reason ?? `Redis at ${farm.redisUrl} is unreachable`}`}
        <span className="muted"> · since {formatDateTime(farm.since)}</span>
      </p>
      {'url' in farm.workerApi ? (
        <div data-testid="farm-connect">
          <p>
            Workers connect to <code>{farm.workerApi.url}</code> with the API token ({farm.workerApi.token}):
          </p>
          <pre className="farm-command">
            <code>reelforge worker --server {farm.workerApi.url}</code>
          </pre>
        </div>
      ) : (
        <p className="error-text" data-testid="farm-connect">
          {farm.workerApi.error}
        </p>
      )}
      {farm.workers.length === 0 ? (
        <p className="muted" data-testid="farm-no-workers">
          No worker has reported yet.
        </p>
      ) : (
        <table className="table" data-testid="farm-workers">
          <thead>
            <tr>
              <th>Worker</th>
              <th>Last heartbeat</th>
              <th>Running</th>
              <th>Load</th>
              <th>Providers</th>
            </tr>
          </thead>
          <tbody>
            {farm.workers.map((worker) => (
              <WorkerRow key={worker.name} worker={worker} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function WorkerRow({ worker }: { worker: FarmWorkerInfo }) {
  return (
    <tr data-testid="farm-worker" data-worker={worker.name} data-stale={worker.stale}>
      <td>
        <span className={`status-dot ${worker.stale ? 'off' : 'ok'}`} aria-hidden="true" />
        <code>{worker.name}</code>
      </td>
      <td title={formatDateTime(worker.lastHeartbeatAt)} data-testid="farm-worker-heartbeat">
        {secondsAgo(worker.lastHeartbeatAt)}
        {worker.stale && <span className="error-text"> · silent, probably gone</span>}
      </td>
      <td data-testid="farm-worker-running">
        {worker.runningJobs.length}/{worker.concurrency}
      </td>
      <td>
        <ProgressBar value={worker.load} label={`Load of ${worker.name}`} />
        <span className="muted">{formatPercent(worker.load)}</span>
      </td>
      <td>{worker.providers.join(', ')}</td>
    </tr>
  );
}

/** "3 s ago", "2 min ago": heartbeats come every 2 s, so the time of day says little. */
export function secondsAgo(iso: string, now: number = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  return seconds < 120 ? `${seconds} s ago` : `${Math.round(seconds / 60)} min ago`;
}
