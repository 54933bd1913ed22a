// Queued and running renders, live: progress events are merged into the jobs as they arrive.
import { ACTIVE_STATUSES, TERMINAL_STATUSES } from '#core/video-status.js';
import { errorMessage } from '../../api/error-message.js';
import { useApi, useApiEvent } from '../../app/api-context.js';
import { requestHistoryFocus } from '../../app/history-focus.js';
import { useNavigate } from '../../app/navigation.js';
import { EmptyState, ErrorBanner, PageHeader, Spinner } from '../../components/common.js';
import { useToast } from '../../components/toasts.js';
import { applyCallAnswer } from '../../state/apply-call-answer.js';
import { applyJobEvent, isActiveJob, trimFinished } from '../../state/jobs-state.js';
import { useAsync } from '../../state/use-async.js';
import { useNow } from '../../state/use-now.js';
import type { VideoJob } from '#shared/api-types.js';
import { QueueRow } from './QueueRow.js';

/** How many finished jobs stay visible under the active ones. */
export const RECENT_FINISHED = 8;

export function QueueView() {
  const api = useApi();
  const toast = useToast();
  const navigate = useNavigate();
  const state = useAsync(async (): Promise<VideoJob[]> => {
    const [active, recent] = await Promise.all([
      api['jobs.list']({ filter: { status: [...ACTIVE_STATUSES], order: 'oldest' } }),
      api['jobs.list']({
        filter: {
          status: [...TERMINAL_STATUSES],
          order: 'newest',
          limit: RECENT_FINISHED,
        },
      }),
    ]);
    return [...active, ...recent];
  }, 'queue');

  useApiEvent('job', (event) => state.setData((jobs) => (jobs ? applyJobEvent(jobs, event) : jobs)));

  const jobs = trimFinished(state.data ?? [], RECENT_FINISHED);
  const activeCount = jobs.filter(isActiveJob).length;
  const now = useNow(
    jobs.some((j) => j.status === 'running'),
    1000,
    state.data,
  );

  const act = async (what: 'cancel' | 'retry', job: VideoJob) => {
    try {
      const updated = await api[what === 'cancel' ? 'jobs.cancel' : 'jobs.retry']({ id: job.id });
      state.setData((list) => (list ? applyCallAnswer(list, job, updated) : list));
    } catch (error) {
      toast.push({ kind: 'error', title: `Could not ${what} “${job.topic}”`, message: errorMessage(error) });
    }
  };

  return (
    <div className="view" data-testid="queue-view">
      <PageHeader
        title="Queue"
        subtitle={
          activeCount > 0
            ? `${activeCount} render${activeCount === 1 ? '' : 's'} in progress or waiting`
            : 'Nothing rendering right now'
        }
      />
      {state.error && (
        <ErrorBanner message={`Could not load the queue: ${state.error}`} onRetry={state.reload} />
      )}
      {state.loading && !state.data ? (
        <Spinner label="Loading the queue…" />
      ) : jobs.length === 0 && !state.error ? (
        <EmptyState title="The queue is empty" icon="▤">
          <p>Open a script in the Library and press Render, or select several to render them in one go.</p>
          <button type="button" className="button primary" onClick={() => navigate('library')}>
            Go to the Library
          </button>
        </EmptyState>
      ) : (
        <ul className="queue" aria-label="Render queue" data-testid="queue-list">
          {jobs.map((job) => (
            <QueueRow
              key={job.id}
              job={job}
              now={now}
              onCancel={() => void act('cancel', job)}
              onRetry={() => void act('retry', job)}
              onShowInHistory={() => {
                requestHistoryFocus(job.id);
                navigate('history');
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
