import type { VideoJob } from '#shared/api-types.js';
import { useApi } from '../../app/api-context.js';
import { channelPlaceholder } from '../../components/channel-colours.js';
import { ChannelChip, StatusBadge } from '../../components/common.js';
import { formatDateTime, formatDuration } from '../../state/format.js';

export function JobThumbnail({ job }: { job: VideoJob }) {
  const api = useApi();
  if (job.result?.thumbnailPath) {
    return (
      <img className="thumb" src={api.mediaUrl(job.id, 'thumbnail', job.completedAt)} alt="" loading="lazy" />
    );
  }
  return (
    <div
      className="thumb thumb-placeholder"
      style={{ background: channelPlaceholder(job.timeline.style.palette.background, job.channel) }}
      aria-hidden="true"
    >
      <span style={{ color: job.timeline.style.palette.text }}>{job.topic}</span>
    </div>
  );
}

export function HistoryCard({
  job,
  layout,
  selected,
  onSelect,
}: {
  job: VideoJob;
  layout: 'grid' | 'list';
  selected: boolean;
  onSelect(): void;
}) {
  return (
    <li
      className={`history-item history-${layout}${selected ? ' selected' : ''}`}
      data-testid="history-item"
      data-job-id={job.id}
      data-status={job.status}
    >
      <button
        type="button"
        className="history-button"
        onClick={onSelect}
        aria-pressed={selected}
        aria-label={`Show ${job.topic}`}
      >
        <JobThumbnail job={job} />
        <span className="history-text">
          <strong className="history-topic">{job.topic}</strong>
          <span className="entry-meta">
            <ChannelChip channel={job.channel} colour={job.timeline.style.palette.primary} />
            <StatusBadge status={job.status} />
            <span className="tag">{job.providerId ?? job.options.provider}</span>
          </span>
          <span className="muted">
            {formatDateTime(job.completedAt ?? job.createdAt)}
            {job.result && ` · ${formatDuration(job.result.durationSeconds)}`}
          </span>
        </span>
      </button>
    </li>
  );
}
