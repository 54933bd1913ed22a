// Everything about one job: the output, how it was made (provider, fallbacks, timings) and why it
// failed, with reveal, retry and delete.
import { useEffect, useState } from 'react';
import { isRetryableStatus, isTerminalStatus } from '#core/video-status.js';
import type { VideoJob } from '#shared/api-types.js';
import { errorMessage } from '../../api/error-message.js';
import { useApi, useAppInfo } from '../../app/api-context.js';
import { ChannelChip, StatusBadge } from '../../components/common.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { useToast } from '../../components/toasts.js';
import { formatBytes, formatDateTime, formatDuration } from '../../state/format.js';
import { ScenesTable } from '../library/ScenesTable.js';
import { JobMedia } from './JobMedia.js';
import { VariantComparison } from './VariantComparison.js';

export interface JobDetailsProps {
  readonly job: VideoJob;
  onClose(): void;
  onDeleted(id: string): void;
  onChanged(job: VideoJob): void;
}

export function JobDetails({ job, onClose, onDeleted, onChanged }: JobDetailsProps) {
  const api = useApi();
  const { canRevealFiles } = useAppInfo();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [deleteFiles, setDeleteFiles] = useState(true);
  const [busy, setBusy] = useState(false);
  const result = job.result;

  // Escape closes the panel, unless the delete confirmation is open (Escape cancels that first)
  // or something else already took the key (a video leaving full screen, a menu).
  useEffect(() => {
    if (confirming) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.fullscreenElement) return;
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [confirming, onClose]);

  const reveal = async () => {
    try {
      await api['jobs.reveal']({ id: job.id });
    } catch (error) {
      toast.push({ kind: 'error', title: 'Could not reveal the file', message: errorMessage(error) });
    }
  };
  const retry = async () => {
    try {
      onChanged(await api['jobs.retry']({ id: job.id }));
      toast.push({ kind: 'info', title: `Queued “${job.topic}” again` });
    } catch (error) {
      toast.push({ kind: 'error', title: 'Could not retry', message: errorMessage(error) });
    }
  };
  const remove = async () => {
    setBusy(true);
    try {
      await api['jobs.delete']({ id: job.id, deleteFiles });
      setConfirming(false);
      onDeleted(job.id);
      toast.push({
        kind: 'info',
        title: `Deleted “${job.topic}”`,
        message: deleteFiles ? 'The record and its files are gone.' : 'The files were kept.',
      });
    } catch (error) {
      toast.push({ kind: 'error', title: 'Could not delete', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <aside className="job-details" aria-label={`Details of ${job.topic}`} data-testid="history-details">
      <div className="details-head">
        <div>
          <h2>{job.topic}</h2>
          <div className="entry-meta">
            <ChannelChip channel={job.channel} colour={job.timeline.style.palette.primary} />
            <StatusBadge status={job.status} />
            <span className="muted">{job.scriptName}</span>
            {job.variant && <span className="tag">variant {job.variant}</span>}
          </div>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </div>

      <JobMedia job={job} />
      <VariantComparison job={job} />

      <div className="row actions-row">
        {canRevealFiles && result && (
          <button
            type="button"
            className="button small"
            onClick={() => void reveal()}
            data-testid="history-reveal"
          >
            Reveal in folder
          </button>
        )}
        {isRetryableStatus(job.status) && (
          <button type="button" className="button small" onClick={() => void retry()}>
            Retry
          </button>
        )}
        {isTerminalStatus(job.status) && (
          <button
            type="button"
            className="button small ghost danger"
            onClick={() => setConfirming(true)}
            data-testid="history-delete"
          >
            Delete…
          </button>
        )}
      </div>

      {job.error && (
        <div className="error-banner" role="note">
          <span>
            <strong>{job.error.code}</strong>: {job.error.message}
          </span>
        </div>
      )}

      <dl className="facts">
        <dt>Provider</dt>
        <dd>
          {job.providerId ?? '—'}{' '}
          {job.options.provider === 'auto' && <span className="muted">(chosen automatically)</span>}
        </dd>
        {job.worker && (
          <>
            <dt>Worker</dt>
            <dd data-testid="history-worker">
              <code>{job.worker}</code> <span className="muted">(render farm)</span>
            </dd>
          </>
        )}
        <dt>Quality</dt>
        <dd>
          {job.options.quality} · {job.options.aspectRatio}
          {result && ` · ${result.width}×${result.height}`}
          {job.options.platform && ` · for ${job.options.platform}`}
        </dd>
        <dt>Queued</dt>
        <dd>{formatDateTime(job.createdAt)}</dd>
        <dt>Started</dt>
        <dd>{formatDateTime(job.startedAt)}</dd>
        <dt>Finished</dt>
        <dd>{formatDateTime(job.completedAt)}</dd>
        {result && (
          <>
            <dt>Render time</dt>
            <dd>{formatDuration(result.renderSeconds)}</dd>
            <dt>Video</dt>
            <dd>
              {formatDuration(result.durationSeconds)} · {formatBytes(result.sizeBytes)} · {result.mimeType}
            </dd>
            <dt>File</dt>
            <dd>
              <code className="path">{result.outputPath}</code>
            </dd>
          </>
        )}
      </dl>

      {job.fallbackTrail.length > 0 && (
        <section aria-label="Fallback trail">
          <h3>Providers tried first</h3>
          <ol className="fallbacks" data-testid="history-fallbacks">
            {job.fallbackTrail.map((attempt, i) => (
              <li key={i}>
                <strong>{attempt.providerId}</strong> — {attempt.error}
                <span className="muted">
                  {' '}
                  ({attempt.retryable ? 'retryable' : 'permanent'}, {formatDateTime(attempt.at)})
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-label="Timeline">
        <h3>Scenes</h3>
        <ScenesTable timeline={job.timeline} />
      </section>

      {confirming && (
        <ConfirmDialog
          title={`Delete “${job.topic}”?`}
          confirmLabel="Delete"
          danger
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void remove()}
        >
          <p>The job leaves the history. This cannot be undone.</p>
          <label className="checkbox">
            <input type="checkbox" checked={deleteFiles} onChange={(e) => setDeleteFiles(e.target.checked)} />
            Also delete the video and thumbnail files
          </label>
        </ConfirmDialog>
      )}
    </aside>
  );
}
