import type { ConnectionState } from '../api/connection.js';

/** Full-window notice when there is no backend to talk to, with what to do about it. */
export function NotConnected({
  state,
  detail,
  onRetry,
}: {
  state: ConnectionState;
  detail?: string;
  onRetry?: () => void;
}) {
  return (
    <main className="not-connected" data-testid="not-connected">
      <div className="not-connected-card">
        <div className="brand-mark" aria-hidden="true">
          ▶
        </div>
        <h1>Not connected</h1>
        <p>
          Start Reelforge with <code>npm run web</code> and open the address it prints (
          <code>http://127.0.0.1:&lt;port&gt;/#token=…</code>).
        </p>
        {state === 'no-token' ? (
          <p className="muted">This page was opened without the access token from that address.</p>
        ) : (
          <p className="muted">{state === 'connecting' ? 'Connecting…' : 'Trying again automatically.'}</p>
        )}
        {detail && <p className="error-text">{detail}</p>}
        {onRetry && state !== 'no-token' && (
          <button type="button" className="button primary" onClick={onRetry}>
            Retry now
          </button>
        )}
      </div>
    </main>
  );
}
