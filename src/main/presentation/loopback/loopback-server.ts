import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DesktopRuntime } from '../../desktop-runtime.js';
import { buildContentSecurityPolicy } from './content-security-policy.js';
import { createHttpRoutes } from './http-routes.js';
import { createLoopbackToken } from './loopback-token.js';
import { createWebSocketApi } from './websocket-api.js';

/** The only address the server ever binds: the UI is for this computer's user alone. */
export const LOOPBACK_HOST = '127.0.0.1';

export interface LoopbackServerOptions {
  readonly runtime: Pick<
    DesktopRuntime,
    'service' | 'handlers' | 'subscribe' | 'templateMedia' | 'channelMedia'
  >;
  /** Folder of the built renderer (out/renderer). */
  readonly rendererDir: string;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Fixed token for tests; a fresh random one per launch otherwise. */
  readonly token?: string;
}

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>/#token=<token>`: what the user opens. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/**
 * Serves the built UI, job media and the WebSocket API on 127.0.0.1. Every API connection and
 * media request needs the per-launch token; WebSockets must also come from the page's own
 * origin, and every request must name the loopback host (no DNS rebinding).
 */
export async function startLoopbackServer(options: LoopbackServerOptions): Promise<LoopbackServer> {
  const token = options.token ?? createLoopbackToken();
  let port = 0;
  let csp = '';
  const api = createWebSocketApi({ handlers: options.runtime.handlers, token, port: () => port });
  const server = createServer(
    createHttpRoutes({
      rendererDir: options.rendererDir,
      token,
      jobs: options.runtime.service,
      templates: options.runtime.templateMedia,
      channels: options.runtime.channelMedia,
      port: () => port,
      contentSecurityPolicy: () => csp,
    }),
  );
  server.on('upgrade', (request, socket, head) => api.handleUpgrade(request, socket, head));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  csp = buildContentSecurityPolicy({
    connectSources: [`ws://${LOOPBACK_HOST}:${port}`, `ws://localhost:${port}`],
  });
  const unsubscribe = options.runtime.subscribe((event, payload) =>
    api.broadcast({ type: 'event', event, payload } as Parameters<typeof api.broadcast>[0]),
  );

  const origin = `http://${LOOPBACK_HOST}:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    async close() {
      unsubscribe();
      api.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
