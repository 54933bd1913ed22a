// Webhooks, read-only: which ones config.json lists and how their recent deliveries went.
import { useApi, useApiEvent } from '../../app/api-context.js';
import { ErrorBanner, Spinner } from '../../components/common.js';
import { formatDateTime } from '../../state/format.js';
import { useAsync } from '../../state/use-async.js';

const STATUS_TEXT = { pending: 'retrying', delivered: 'delivered', failed: 'gave up' } as const;

export function WebhooksPanel() {
  const api = useApi();
  const state = useAsync(() => api['webhooks.list']({ limit: 20 }), 'webhooks');
  // A render that ends queues deliveries: show them without a manual refresh.
  useApiEvent('job', (event) => {
    if (event.type === 'job-updated') state.reload();
  });
  return (
    <section className="panel" aria-label="Webhooks" data-testid="settings-webhooks">
      <h2>Webhooks</h2>
      <p className="muted">
        Edited in config.json (<code>webhooks</code>); each event is signed with the webhook&apos;s secret.
      </p>
      {state.error && (
        <ErrorBanner message={`Could not load webhooks: ${state.error}`} onRetry={state.reload} />
      )}
      {!state.data ? (
        state.loading && <Spinner label="Loading webhooks…" />
      ) : state.data.hooks.length === 0 ? (
        <p data-testid="webhooks-none">No webhooks configured.</p>
      ) : (
        <ul className="webhook-list">
          {state.data.hooks.map((hook) => (
            <li key={hook.url}>
              <code>{hook.url}</code> <span className="muted">{hook.events.join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
      {state.data && state.data.deliveries.length > 0 && (
        <table className="table" data-testid="webhook-deliveries">
          <thead>
            <tr>
              <th>Event</th>
              <th>Receiver</th>
              <th>Status</th>
              <th>Attempts</th>
              <th>Last error</th>
              <th>When</th>
            </tr>
          </thead>
          <tbody>
            {state.data.deliveries.map((d) => (
              <tr key={d.id}>
                <td>{d.event}</td>
                <td>
                  <code>{d.url}</code>
                </td>
                <td className={d.status === 'delivered' ? 'ok-text' : 'error-text'}>
                  {STATUS_TEXT[d.status]}
                </td>
                <td>{d.attempts}</td>
                <td className="error-text">{d.lastError ?? ''}</td>
                <td>
                  {d.status === 'delivered'
                    ? formatDateTime(d.deliveredAt)
                    : d.status === 'pending'
                      ? `next ${formatDateTime(d.nextAttemptAt)}`
                      : formatDateTime(d.createdAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
