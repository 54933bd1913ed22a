import type { ChannelDefinition, ProviderInfo, VideoStatus } from '#shared/api-types.js';
import { ChoiceSelect } from '../../components/ChoiceSelect.js';
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
      {(
        [
          ['Channel', 'channel', 'All channels', channels, 'history-channel'],
          ['Provider', 'providerId', 'All providers', providers, 'history-provider'],
        ] as const
      ).map(([label, field, all, options, testId]) => (
        <ChoiceSelect
          key={field}
          aria-label={label}
          value={value[field]}
          choices={[{ value: '', label: all }, ...options.map((o) => ({ value: o.id, label: o.name }))]}
          onChange={(v) => set(field, v)}
          data-testid={testId}
        />
      ))}
      <ChoiceSelect<HistoryFilterForm['status']>
        aria-label="Status"
        value={value.status}
        choices={[{ value: '', label: 'Any status' }, ...STATUSES]}
        onChange={(v) => set('status', v)}
        data-testid="history-status"
      />
      {(
        [
          ['From', 'from'],
          ['To', 'to'],
        ] as const
      ).map(([label, field]) => (
        <label key={field} className="date-field">
          <span>{label}</span>
          <input
            type="date"
            value={value[field]}
            onChange={(e) => set(field, e.target.value)}
            data-testid={`history-${field}`}
          />
        </label>
      ))}
      {active && (
        <button type="button" className="button small ghost" onClick={() => onChange(EMPTY_HISTORY_FILTER)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
