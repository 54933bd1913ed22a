// Webhooks, read-only: which ones config.json lists and how their recent deliveries went.
import { useState } from 'react';
import { errorMessage } from '../../api/error-message.js';
import { useApi, useApiEvent } from '../../app/api-context.js';
import { ErrorBanner, Spinner } from '../../components/common.js';
import { formatDateTime } from '../../state/format.js';
import { useAsync } from '../../state/use-async.js';

const STATUS_TEXT = { pending: 'retrying', delivered: 'delivered', failed: 'gave up' } as const;

export function WebhooksPanel() {
  const api = useApi();
  const state = useAsync(() => api['webhooks.list']({ limit: 20 }), 'webhooks');
  const [changeError, setChangeError] = useState<string>();
  /** Runs an add or remove; the list then reloads, or the reason shows (e.g. not confirmed). */
  const change = async (call: () => Promise<unknown>): Promise<boolean> => {
    setChangeError(undefined);
    try {
      await call();
      state.reload();
      return true;
    } catch (error) {
      setChangeError(errorMessage(error));
      return false;
    }
  };
  // A render that ends queues deliveries: show them without a manual refresh.
  useApiEvent('job', (event) => {
    if (event.type === 'job-updated') state.reload();
  });
  return (
    <section className="panel" aria-label="Webhooks" data-testid="settings-webhooks">
      <h2>Webhooks</h2>
      <p className="muted">
        Kept in config.json (<code>webhooks</code>); each event is signed with the webhook&apos;s secret. The
        desktop app asks you in its own dialog before it sends events to a new address; in a browser, edit
        config.json.
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
          {state.data.hooks.map((hook, index) => (
            <li key={`${index}:${hook.url}`}>
              <code>{hook.url}</code> <span className="muted">{hook.events.join(', ')}</span>{' '}
              <button
                type="button"
                className="button small"
                aria-label={`Remove webhook ${hook.url}`}
                onClick={() => void change(() => api['webhooks.remove']({ index }))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddWebhookForm add={(hook) => change(() => api['webhooks.add'](hook))} />
      {changeError && <ErrorBanner message={changeError} />}
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

const EVENTS = ['render.started', 'render.completed', 'render.failed', 'render.cancelled'] as const;

/** URL, events and the signing secret (write-only: it never comes back from main). */
function AddWebhookForm({
  add,
}: {
  add(hook: { url: string; events: string[]; secret: string }): Promise<boolean>;
}) {
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [events, setEvents] = useState<string[]>([...EVENTS]);
  const toggle = (event: string) =>
    setEvents((now) => (now.includes(event) ? now.filter((e) => e !== event) : [...now, event]));
  return (
    <form
      className="webhook-add"
      aria-label="Add a webhook"
      onSubmit={(e) => {
        e.preventDefault();
        void add({ url: url.trim(), events, secret }).then((added) => {
          if (added) {
            setUrl('');
            setSecret('');
          }
        });
      }}
    >
      <label>
        Address <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} required />
      </label>
      <label>
        Signing secret (16+ characters){' '}
        <input
          type="password"
          autoComplete="off"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          required
        />
      </label>
      <fieldset>
        <legend>Events</legend>
        {EVENTS.map((event) => (
          <label key={event}>
            <input type="checkbox" checked={events.includes(event)} onChange={() => toggle(event)} /> {event}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={events.length === 0}>
        Add webhook
      </button>
    </form>
  );
}
