// A small dashboard: is each provider usable (and why not), what it can do, how it has fared,
// and how renders are spread over providers, channels, qualities and outcomes.
import { useEffect, useRef } from 'react';
import type {
  MetricsSnapshot,
  ProviderInfo,
  ProviderMetrics,
  SettingsView,
} from '#shared/api-types.js';
import { useApi, useApiEvent } from '../../app/api-context.js';
import { BarChart } from '../../components/BarChart.js';
import { channelColourMap } from '../../components/channel-colours.js';
import { EmptyState, Loaded, ReloadableHeader } from '../../components/common.js';
import { formatDateTime, formatDuration } from '../../state/format.js';
import { useAsync } from '../../state/use-async.js';
import { FarmPanel } from './FarmPanel.js';
import { isUsable, usableFirst } from './provider-order.js';

const STATUS_COLOURS = new Map([
  ['completed', 'var(--ok)'],
  ['failed', 'var(--danger)'],
  ['cancelled', 'var(--muted)'],
  ['interrupted', 'var(--warn)'],
  ['running', 'var(--accent)'],
  ['queued', 'var(--accent-soft-strong)'],
]);

export function ProvidersView() {
  const api = useApi();
  const state = useAsync(
    async (): Promise<{ providers: ProviderInfo[]; metrics: MetricsSnapshot; settings: SettingsView }> => {
      const [providers, metrics, settings] = await Promise.all([
        api['providers.list']({}),
        api['metrics.get']({}),
        api['settings.get']({}),
      ]);
      return { providers, metrics, settings };
    },
    'providers',
  );

  // Metrics change when jobs finish: refresh then, not on every progress tick.
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useApiEvent('job', (event) => {
    if (event.type !== 'job-updated' || (event.job.status !== 'completed' && event.job.status !== 'failed'))
      return;
    clearTimeout(timer.current);
    timer.current = setTimeout(state.reload, 500);
  });
  useApiEvent('settings', () => state.reload());
  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div className="view" data-testid="providers-view">
      <ReloadableHeader
        title="Providers"
        subtitle="Availability, capabilities and track record"
        what="the providers"
        state={state}
      />
      <Loaded
        state={state}
        spinner="Checking providers…"
        isEmpty={(data) => data.providers.length === 0}
        empty={<EmptyState title="No providers registered" />}
      >
        {(data) => (
          <>
            <div className="provider-cards">
              {usableFirst(data.providers).map((p) => (
                <ProviderCard
                  key={p.id}
                  provider={p}
                  metrics={data.metrics.providers.find((m) => m.providerId === p.id)}
                  inHistory={data.metrics.byProvider[p.id] ?? 0}
                />
              ))}
            </div>
            <FarmPanel />
            <h2 className="section-title">Renders in History ({data.metrics.totals.jobs})</h2>
            <p className="muted" data-testid="metrics-scope">
              These charts count the renders History holds now; deleting one removes it here, while each
              provider’s successes and failures above are its whole track record.
            </p>
            <div className="charts">
              <BarChart title="By status" data={data.metrics.totals.byStatus} colours={STATUS_COLOURS} />
              <BarChart title="By provider" data={data.metrics.byProvider} />
              <BarChart
                title="By channel"
                data={data.metrics.byChannel}
                colours={channelColourMap(data.settings.channels)}
              />
              <BarChart title="By quality" data={data.metrics.byQuality} />
            </div>
          </>
        )}
      </Loaded>
    </div>
  );
}

/**
 * `inHistory` is the provider's bar in "By provider" (renders History holds now): shown on the card
 * too, so after a delete the card has a number that agrees with the chart beside its all-time
 * successes and failures (which a delete does not change).
 */
function ProviderCard({
  provider,
  metrics,
  inHistory,
}: {
  provider: ProviderInfo;
  metrics?: ProviderMetrics;
  inHistory: number;
}) {
  const usable = isUsable(provider);
  const total = (metrics?.successes ?? 0) + (metrics?.failures ?? 0);
  return (
    <article
      className={`panel provider-card${usable ? '' : ' unavailable'}`}
      data-testid="provider-card"
      data-provider-id={provider.id}
      aria-label={provider.name}
    >
      <div className="panel-head">
        <h3>
          <span className={`status-dot ${usable ? 'ok' : 'off'}`} aria-hidden="true" />
          {provider.name}
        </h3>
        <span className="muted">{provider.version ?? 'version unknown'}</span>
      </div>
      <p className={usable ? 'ok-text' : 'error-text'} data-testid="provider-availability">
        {!provider.enabled
          ? 'Disabled in Settings'
          : provider.isAvailable
            ? 'Available'
            : `Unavailable: ${provider.reason ?? 'no reason given'}`}
      </p>
      <div className="tags">
        {provider.capabilities.map((c) => (
          <span key={c} className="tag">
            {c}
          </span>
        ))}
      </div>
      <p className="muted">
        Qualities: {provider.qualities.join(', ')} · {provider.runningJobs}/{provider.maxConcurrent} running
        {provider.autoSelectable ? '' : ' · not picked automatically'}
      </p>
      <dl className="facts metrics" data-testid="provider-metrics">
        <dt>Renders in History</dt>
        <dd data-testid="provider-in-history">{inHistory}</dd>
        <dt>Successes (all time)</dt>
        <dd>{metrics?.successes ?? 0}</dd>
        <dt>Failures (all time)</dt>
        <dd>{metrics?.failures ?? 0}</dd>
        <dt>Success rate</dt>
        <dd>{total > 0 ? `${Math.round(((metrics?.successes ?? 0) / total) * 100)}%` : '—'}</dd>
        <dt>Average time</dt>
        <dd>{metrics?.averageSeconds !== undefined ? formatDuration(metrics.averageSeconds) : '—'}</dd>
        <dt>Last success</dt>
        <dd>{formatDateTime(metrics?.lastSuccessAt)}</dd>
        {metrics?.lastError && (
          <>
            <dt>Last error</dt>
            <dd className="error-text">
              {metrics.lastError} <span className="muted">({formatDateTime(metrics.lastErrorAt)})</span>
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
