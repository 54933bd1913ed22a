// Picks the transport: the Electron bridge when the preload exposed one, else the loopback
// WebSocket of `npm run web`, authenticated with the token from the printed URL.
import type { ReelforgeApi, ReelforgeBridge } from '#shared/api-contract.js';
import type { ConnectionMonitor, ConnectionState } from './connection.js';
import { ALWAYS_OPEN, NOT_CONNECTED_MESSAGE, NotConnectedError } from './connection.js';
import { createElectronClient } from './electron-client.js';
import type { WebSocketFactory, WebSocketLike } from './loopback-client.js';
import { LoopbackClient, loopbackSocketUrl } from './loopback-client.js';
import { takeLoopbackToken } from './loopback-token.js';

declare global {
  interface Window {
    reelforge?: ReelforgeBridge;
  }
}

export interface ApiClient {
  readonly api: ReelforgeApi;
  readonly connection: ConnectionMonitor;
}

/** A client for when there is no token: every call explains how to start the server. */
function disconnectedClient(): ApiClient {
  const api: ReelforgeApi = {
    transport: 'loopback',
    call: () => Promise.reject(new NotConnectedError(NOT_CONNECTED_MESSAGE)),
    on: () => () => undefined,
    mediaUrl: () => '',
    templateMediaUrl: () => '',
    channelMediaUrl: () => '',
  };
  const connection: ConnectionMonitor = {
    state: 'no-token' satisfies ConnectionState,
    onStateChange: () => () => undefined,
    reconnectNow: () => undefined,
  };
  return { api, connection };
}

export interface CreateApiClientOptions {
  readonly window?: Window;
  readonly createSocket?: WebSocketFactory;
  /** How long to wait for the first connection before showing the app anyway. */
  readonly firstConnectTimeoutMs?: number;
}

/** Resolves once the transport is ready (or the first loopback attempt has failed). */
export async function createApiClientWithConnection(
  options: CreateApiClientOptions = {},
): Promise<ApiClient> {
  const win = options.window ?? window;
  if (win.reelforge) return { api: createElectronClient(win.reelforge), connection: ALWAYS_OPEN };

  const token = takeLoopbackToken({
    location: win.location,
    storage: win.sessionStorage,
    history: win.history,
  });
  if (!token) return disconnectedClient();
  const client = new LoopbackClient({
    url: loopbackSocketUrl(win.location, token),
    token,
    // The DOM socket fits WebSocketLike; only its handler parameter types are narrower.
    createSocket: options.createSocket ?? ((url) => new WebSocket(url) as unknown as WebSocketLike),
  });
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, options.firstConnectTimeoutMs ?? 3_000);
    const unsubscribe = client.onStateChange((state) => {
      if (state === 'open' || state === 'closed') done();
    });
    function done(): void {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
  return { api: client, connection: client };
}
