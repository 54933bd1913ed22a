// The root: waits for the backend (Electron bridge or loopback socket), loads app info, then
// shows the shell. A lost loopback connection shows a banner; every view reloads on reconnect.
import { useEffect, useState } from 'react';
import type { AppInfo } from '#shared/api-types.js';
import type { ApiClient } from './api/create-api-client.js';
import { errorMessage } from './api/error-message.js';
import { ApiProvider } from './app/api-context.js';
import type { ViewId } from './app/navigation.js';
import { NotConnected } from './app/NotConnected.js';
import { Shell } from './app/Shell.js';
import { useConnectionState } from './app/use-connection-state.js';
import { ToastProvider } from './components/toasts.js';
import { Spinner } from './components/common.js';
import { LibraryStoreProvider } from './state/library-store.js';

export function App({ client, initialView }: { client: ApiClient; initialView?: ViewId }) {
  const { api, connection } = client;
  const { state, epoch } = useConnectionState(connection);
  const [info, setInfo] = useState<AppInfo | undefined>();
  const [infoError, setInfoError] = useState<string | undefined>();

  useEffect(() => {
    if (state !== 'open') return;
    let current = true;
    api.call('app.info', {}).then(
      (value) => current && (setInfo(value), setInfoError(undefined)),
      (error: unknown) => current && setInfoError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [api, state, epoch]);

  if (!info) {
    if (state === 'open' && !infoError) return <Spinner label="Starting Reelforge…" />;
    return <NotConnected state={state} detail={infoError} onRetry={() => connection.reconnectNow()} />;
  }

  const banner =
    state === 'open' ? undefined : (
      <div className="connection-banner" role="alert" data-testid="connection-banner">
        <span>
          {state === 'connecting'
            ? 'Reconnecting to Reelforge…'
            : 'Not connected — start Reelforge with `npm run web`'}
        </span>
        <button type="button" className="button small" onClick={() => connection.reconnectNow()}>
          Retry now
        </button>
      </div>
    );

  return (
    <ApiProvider api={api} appInfo={info}>
      <ToastProvider>
        {/* A new epoch (reconnected) reloads the data so nothing stale stays on screen. */}
        <LibraryStoreProvider epoch={epoch}>
          <Shell epoch={epoch} initialView={initialView} banner={banner} />
        </LibraryStoreProvider>
      </ToastProvider>
    </ApiProvider>
  );
}
