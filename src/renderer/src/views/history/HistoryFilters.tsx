import type { ChannelDefinition, ProviderInfo, VideoStatus } from '../../../../shared/api-types.js';
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
      <ChoiceSelect
        aria-label="Channel"
        value={value.channel}
        choices={[
          { value: '', label: 'All channels' },
          ...channels.map((c) => ({ value: c.id, label: c.name })),
        ]}
        onChange={(v) => set('channel', v)}
        data-testid="history-channel"
      />
      <ChoiceSelect
        aria-label="Provider"
        value={value.providerId}
        choices={[
          { value: '', label: 'All providers' },
          ...providers.map((p) => ({ value: p.id, label: p.name })),
        ]}
        onChange={(v) => set('providerId', v)}
        data-testid="history-provider"
      />
      <ChoiceSelect<HistoryFilterForm['status']>
        aria-label="Status"
        value={value.status}
        choices={[{ value: '', label: 'Any status' }, ...STATUSES]}
        onChange={(v) => set('status', v)}
        data-testid="history-status"
      />
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
