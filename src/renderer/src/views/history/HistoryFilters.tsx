import type { ChannelDefinition, ProviderInfo, VideoStatus } from '../../../../shared/api-types.js';
import type { HistoryFilterForm } from './build-job-filter.js';
import { EMPTY_HISTORY_FILTER } from './build-job-filter.js';

const STATUSES: readonly VideoStatus[] = [
  'completed',
  'failed',
  'cancelled',
  'interrupted',
  'running',
  'queued',
];

export interface HistoryFiltersProps {
  readonly value: HistoryFilterForm;
  readonly channels: readonly ChannelDefinition[];
  readonly providers: readonly ProviderInfo[];
  onChange(value: HistoryFilterForm): void;
}

export function HistoryFilters({ value, channels, providers, onChange }: HistoryFiltersProps) {
  const set = <K extends keyof HistoryFilterForm>(key: K, v: HistoryFilterForm[K]) =>
    onChange({ ...value, [key]: v });
  const active = JSON.stringify(value) !== JSON.stringify(EMPTY_HISTORY_FILTER);
  return (
    <div className="filters" role="search" aria-label="Filter history">
      <input
        type="search"
        className="search"
        placeholder="Search topic or script…"
        aria-label="Search history"
        value={value.search}
        onChange={(e) => set('search', e.target.value)}
        data-testid="history-search"
      />
      <select
        aria-label="Channel"
        value={value.channel}
        onChange={(e) => set('channel', e.target.value)}
        data-testid="history-channel"
      >
        <option value="">All channels</option>
        {channels.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Provider"
        value={value.providerId}
        onChange={(e) => set('providerId', e.target.value)}
        data-testid="history-provider"
      >
        <option value="">All providers</option>
        {providers.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Status"
        value={value.status}
        onChange={(e) => set('status', e.target.value as HistoryFilterForm['status'])}
        data-testid="history-status"
      >
        <option value="">Any status</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <label className="date-field">
        <span>From</span>
        <input
          type="date"
          value={value.from}
          onChange={(e) => set('from', e.target.value)}
          data-testid="history-from"
        />
      </label>
      <label className="date-field">
        <span>To</span>
        <input
          type="date"
          value={value.to}
          onChange={(e) => set('to', e.target.value)}
          data-testid="history-to"
        />
      </label>
      {active && (
        <button type="button" className="button small ghost" onClick={() => onChange(EMPTY_HISTORY_FILTER)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
