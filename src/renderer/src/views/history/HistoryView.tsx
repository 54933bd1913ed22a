// Finished (and all other) renders: search, filters, grid or list, and a details panel with the
// player. The list reloads when jobs change, so a render finishing elsewhere shows up here.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChannelDefinition, ProviderInfo, VideoJob } from '#shared/api-types.js';
import { useApi, useApiEvent } from '../../app/api-context.js';
import { takeHistoryFocus } from '../../app/history-focus.js';
import { EmptyState, ErrorBanner, PageHeader, Spinner } from '../../components/common.js';
import { useAsync } from '../../state/use-async.js';
import { useDebounced } from '../../state/use-debounced.js';
import type { HistoryFilterForm } from './build-job-filter.js';
import { buildJobFilter, EMPTY_HISTORY_FILTER } from './build-job-filter.js';
import { HistoryCard } from './HistoryCard.js';
import { HistoryFilters } from './HistoryFilters.js';
import { JobDetails } from './JobDetails.js';

export function HistoryView() {
  const api = useApi();
  const [form, setForm] = useState<HistoryFilterForm>(EMPTY_HISTORY_FILTER);
  const [layout, setLayout] = useState<'grid' | 'list'>('grid');
  // Opened from the Queue's "Play in History": that render's details (and player) at once.
  const [selectedId, setSelectedId] = useState<string | undefined>(takeHistoryFocus);
  const debounced = useDebounced(form, 250);
  const filter = useMemo(() => buildJobFilter(debounced), [debounced]);

  const options = useAsync(
    async (): Promise<{ channels: readonly ChannelDefinition[]; providers: ProviderInfo[] }> => {
      const [settings, providers] = await Promise.all([api['settings.get']({}), api['providers.list']({})]);
      return { channels: settings.channels, providers };
    },
    'history-options',
  );
  const jobs = useAsync(() => api['jobs.list']({ filter }), JSON.stringify(filter));

  // Progress ticks are for the queue; anything else may change what the history shows.
  const reloadTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useApiEvent('job', (event) => {
    if (event.type === 'job-progress') return;
    clearTimeout(reloadTimer.current);
    reloadTimer.current = setTimeout(jobs.reload, 300);
  });
  useEffect(() => () => clearTimeout(reloadTimer.current), []);

  const list = jobs.data ?? [];
  const selected = list.find((j) => j.id === selectedId);
  const replace = (job: VideoJob) => jobs.setData((all) => all?.map((j) => (j.id === job.id ? job : j)));

  return (
    <div className={`view history-view${selected ? ' with-details' : ''}`} data-testid="history-view">
      <PageHeader
        title="History"
        subtitle={
          jobs.data
            ? `${list.length} render${list.length === 1 ? '' : 's'}${list.length >= (filter.limit ?? Infinity) ? ' (newest shown)' : ''}`
            : undefined
        }
        actions={
          <div className="segmented-buttons" role="group" aria-label="Layout">
            {(
              [
                ['grid', 'Grid', 'history-grid'],
                ['list', 'List', 'history-list-toggle'],
              ] as const
            ).map(([choice, label, testId]) => (
              <button
                key={choice}
                type="button"
                className="button small ghost"
                aria-pressed={layout === choice}
                onClick={() => setLayout(choice)}
                data-testid={testId}
              >
                {label}
              </button>
            ))}
          </div>
        }
      />
      <HistoryFilters
        value={form}
        onChange={setForm}
        channels={options.data?.channels ?? []}
        providers={options.data?.providers ?? []}
      />
      {jobs.error && (
        <ErrorBanner message={`Could not load the history: ${jobs.error}`} onRetry={jobs.reload} />
      )}
      <div className="history-body">
        <div className="history-results">
          {jobs.loading && !jobs.data ? (
            <Spinner label="Loading the history…" />
          ) : list.length === 0 && !jobs.error ? (
            <EmptyState
              title={
                JSON.stringify(form) === JSON.stringify(EMPTY_HISTORY_FILTER)
                  ? 'No renders yet'
                  : 'Nothing matches these filters'
              }
              icon="▦"
            >
              <p>Finished videos appear here with a player and everything about how they were made.</p>
            </EmptyState>
          ) : (
            <ul
              className={`history history-${layout}-layout`}
              aria-label="Rendered videos"
              data-testid="history-results"
            >
              {list.map((job) => (
                <HistoryCard
                  key={job.id}
                  job={job}
                  layout={layout}
                  selected={job.id === selectedId}
                  onSelect={() => setSelectedId(job.id)}
                />
              ))}
            </ul>
          )}
        </div>
        {selected && (
          <JobDetails
            key={selected.id}
            job={selected}
            onClose={() => setSelectedId(undefined)}
            onChanged={replace}
            onDeleted={(id) => {
              setSelectedId(undefined);
              jobs.setData((all) => all?.filter((j) => j.id !== id));
            }}
          />
        )}
      </div>
    </div>
  );
}
