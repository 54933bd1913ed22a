import { isActiveStatus, isRetryableStatus } from '#core/video-status.js';
import type { VideoJob } from '#shared/api-types.js';
import { ChannelChip, ProgressBar, StatusBadge } from '../../components/common.js';
import { fallbackChannelColour } from '../../components/channel-colours.js';
import { historyActionLabel } from '../../app/history-focus.js';
import { useRef } from 'react';
import { recentEtaSeconds, secondsBetween, withSample, type ProgressSample } from '../../state/eta.js';
import { formatDuration, formatPercent } from '../../state/format.js';

/**
 * What a job that has no start time is doing. Only a queued one waits for a slot; a running one
 * (a retry just picked up, before its start is stamped) is starting.
 */
const NOT_STARTED: Readonly<Record<VideoJob['status'], string>> = {
  queued: 'Waiting for a free slot',
  running: 'Starting…',
  completed: 'Did not start',
  failed: 'Did not start',
  cancelled: 'Did not start',
  interrupted: 'Did not start',
};

export interface QueueRowProps {
  readonly job: VideoJob;
  readonly now: number;
  onCancel(): void;
  onRetry(): void;
  /** Opens the finished render in History, where it plays. */
  onShowInHistory(): void;
}

export function QueueRow({ job, now, onCancel, onRetry, onShowInHistory }: QueueRowProps) {
  const running = job.status === 'running';
  const active = isActiveStatus(job.status);
  const elapsed = job.startedAt
    ? job.completedAt
      ? secondsBetween(job.startedAt, Date.parse(job.completedAt))
      : secondsBetween(job.startedAt, now)
    : undefined;
  // Progress as this row saw it arrive: the ETA follows the recent pace (see recentEtaSeconds).
  const samples = useRef<ProgressSample[]>([]);
  if (running && samples.current.at(-1)?.progress !== job.progress) {
    // Stamped when the row first renders it: `now` may still be the last tick's.
    samples.current = withSample(samples.current, { atMs: Date.now(), progress: job.progress });
  }
  const eta = running && elapsed !== undefined ? recentEtaSeconds(samples.current, now, elapsed) : undefined;
  const historyAction = historyActionLabel(job);
  const provider = job.providerId ?? (job.options.provider === 'auto' ? 'auto' : job.options.provider);

  return (
    <li
      className={`queue-row status-${job.status}`}
      data-testid="queue-row"
      data-job-id={job.id}
      data-status={job.status}
    >
      <div className="queue-head">
        <div className="queue-title">
          <strong>{job.topic}</strong>
          <span className="muted">{job.scriptName}</span>
        </div>
        <StatusBadge status={job.status} />
      </div>
      <div className="queue-meta">
        <ChannelChip
          channel={job.channel}
          colour={job.timeline.style.palette.primary ?? fallbackChannelColour(job.channel)}
        />
        <span className="tag" title="Provider">
          {provider}
        </span>
        {job.worker && (
          <span className="tag" title="Render farm worker" data-testid="queue-worker">
            on {job.worker}
          </span>
        )}
        <span className="tag">{job.options.quality}</span>
        <span className="tag">{job.options.aspectRatio}</span>
        <span className="muted" data-testid="queue-stage">
          {job.stage}
        </span>
      </div>
      <div className="queue-progress">
        <ProgressBar value={job.progress} label={`Progress of ${job.topic}`} />
        <span className="queue-percent">{formatPercent(job.progress)}</span>
      </div>
      <div className="queue-foot">
        <span className="muted" data-testid="queue-elapsed">
          {elapsed !== undefined ? `Elapsed ${formatDuration(elapsed)}` : NOT_STARTED[job.status]}
        </span>
        {running && (
          <span className="muted" data-testid="queue-eta">
            {eta !== undefined ? `About ${formatDuration(eta)} left` : 'Estimating time left…'}
          </span>
        )}
        {job.error && (
          <span className="error-text" role="note">
            {job.error.message}
          </span>
        )}
        <span className="spacer" />
        {active && (
          <button
            type="button"
            className="button small ghost danger"
            onClick={onCancel}
            aria-label={`Cancel ${job.topic}`}
          >
            Cancel
          </button>
        )}
        {job.status === 'completed' && (
          <button
            type="button"
            className="button small"
            onClick={onShowInHistory}
            aria-label={`${historyAction.split(' ')[0]} ${job.topic} in History`}
          >
            {historyAction === 'Play in History' ? `▶ ${historyAction}` : historyAction}
          </button>
        )}
        {isRetryableStatus(job.status) && (
          <button type="button" className="button small" onClick={onRetry} aria-label={`Retry ${job.topic}`}>
            Retry
          </button>
        )}
      </div>
    </li>
  );
}
