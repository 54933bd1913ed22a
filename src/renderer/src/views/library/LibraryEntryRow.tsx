import type { LibraryEntry } from '#shared/api-types.js';
import { ChannelChip, StatusBadge } from '../../components/common.js';
import { fallbackChannelColour } from '../../components/channel-colours.js';
import { IssueList } from './IssueList.js';

export interface LibraryEntryRowProps {
  readonly entry: LibraryEntry;
  readonly selected: boolean;
  onToggleSelected(): void;
  onOpen(): void;
  onReimport(): void;
  onRemove(): void;
}

export function LibraryEntryRow({
  entry,
  selected,
  onToggleSelected,
  onOpen,
  onReimport,
  onRemove,
}: LibraryEntryRowProps) {
  const valid = entry.status === 'valid';
  const channelColour =
    entry.channelDefinition?.style.palette.primary ??
    (entry.channel ? fallbackChannelColour(entry.channel) : undefined);
  return (
    <li
      className={`entry entry-${entry.status}${selected ? ' selected' : ''}`}
      data-testid="library-entry"
      data-entry-id={entry.id}
      data-status={entry.status}
    >
      <input
        type="checkbox"
        className="entry-check"
        checked={selected}
        disabled={!valid}
        onChange={onToggleSelected}
        aria-label={`Select ${entry.name} for batch render`}
        title={valid ? 'Select for batch render' : 'Fix the problems below before rendering'}
      />
      <div className="entry-main">
        <button type="button" className="entry-open" onClick={onOpen} aria-label={`Open ${entry.name}`}>
          <span className="entry-name">{entry.name}</span>
          <span className="entry-topic">{entry.topic ?? (valid ? '' : 'Not a valid script')}</span>
        </button>
        <div className="entry-meta">
          {entry.channel && (
            <ChannelChip
              channel={entry.channel}
              colour={channelColour}
              name={entry.channelDefinition?.name}
            />
          )}
          {entry.format && <span className="tag">{entry.format}</span>}
          <StatusBadge status={entry.status} />
          {entry.timeline && (
            <span className="muted">
              {entry.timeline.durationSeconds.toFixed(1)} s · {entry.timeline.scenes.length} scenes
            </span>
          )}
        </div>
        <IssueList issues={entry.issues} />
      </div>
      <div className="entry-actions">
        <button
          type="button"
          className="button small ghost"
          onClick={onReimport}
          aria-label={`Re-import ${entry.name}`}
        >
          Re-import
        </button>
        <button
          type="button"
          className="button small ghost danger"
          onClick={onRemove}
          aria-label={`Remove ${entry.name}`}
        >
          Remove
        </button>
      </div>
    </li>
  );
}
