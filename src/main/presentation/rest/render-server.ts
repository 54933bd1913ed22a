import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { DesktopRuntime } from '../../desktop-runtime.js';
import { SqliteIdempotencyKeys } from '../../infrastructure/storage/sqlite-idempotency-keys.js';
import { buildContentSecurityPolicy } from '../loopback/content-security-policy.js';
import { createHttpRoutes } from '../loopback/http-routes.js';
import { createWebSocketApi, type WebSocketApi } from '../loopback/websocket-api.js';
import { sendJson } from './http-json.js';
import { IdempotentRenders } from './idempotency.js';
import { buildOpenApiDocument } from './openapi.js';
import { isLoopbackAddress } from './serve-host.js';
import type { RestDeps } from './rest-deps.js';
import type { RestFarm } from './farm-deps.js';
import { createRestHandler } from './rest-handler.js';
import type { RestRoute } from './rest-route.js';
import { metaRoutes } from './routes/meta-routes.js';
import { renderFilesRoutes } from './routes/render-files-routes.js';
import { rendersRoutes } from './routes/renders-routes.js';
import { workerRoutes } from './routes/worker-routes.js';

export interface RenderServerOptions {
  readonly runtime: Pick<
    DesktopRuntime,
    'service' | 'handlers' | 'subscribe' | 'database' | 'templateMedia' | 'channelMedia'
  >;
  readonly host: string;
  readonly port: number;
  readonly token: string;
  readonly version: string;
  /** Built UI (out/renderer); served to this computer only, when present and bound to loopback. */
  readonly rendererDir?: string;
  readonly maxQueued?: number;
  /** Browser origins allowed to call the API (CORS); none by default. */
  readonly corsOrigins?: readonly string[];
  /** The render farm this server dispatches to; absent: jobs render in this process. */
  readonly farm?: RestFarm;
}

export interface RenderServer {
  readonly origin: string;
  readonly port: number;
  /** Whether the UI is served (loopback binding and a built UI). */
  readonly servesUi: boolean;
  close(): Promise<void>;
}

/** Every REST route, with the OpenAPI document describing all of them (itself included). */
export function restRoutes(deps: RestDeps): RestRoute[] {
  const routes: RestRoute[] = [
    ...rendersRoutes(deps),
    ...renderFilesRoutes(deps),
    ...metaRoutes(deps),
    ...workerRoutes(deps),
  ];
  let document: unknown;
  routes.push({
    method: 'GET',
    path: '/v1/openapi.json',
    operationId: 'getOpenApiDocument',
    summary: 'This API as an OpenAPI 3.1 document',
    responses: { 200: { description: 'The OpenAPI document' } },
    async handle() {
      document ??= buildOpenApiDocument(routes, deps.version);
      return { status: 200, body: document };
    },
  });
  return routes;
}

const DEFAULT_MAX_QUEUED = 1000;

/**
 * `reelforge serve`: the REST API under /v1 and, on a loopback address, the same UI and
 * WebSocket API as `npm run web` (the UI's token is the API token).
 */
export async function startRenderServer(options: RenderServerOptions): Promise<RenderServer> {
  const deps: RestDeps = {
    service: options.runtime.service,
    idempotency: new IdempotentRenders(new SqliteIdempotencyKeys(options.runtime.database)),
    version: options.version,
    maxQueued: options.maxQueued ?? DEFAULT_MAX_QUEUED,
    ...(options.farm ? { farm: options.farm } : {}),
  };
  const rest = createRestHandler({
    routes: restRoutes(deps),
    token: options.token,
    corsOrigins: options.corsOrigins,
  });
  let port = 0;
  let csp = '';
  const uiDir = options.rendererDir;
  const servesUi =
    isLoopbackAddress(options.host) && uiDir !== undefined && existsSync(join(uiDir, 'index.html'));
  const ui = servesUi
    ? createHttpRoutes({
        rendererDir: uiDir!,
        token: options.token,
        jobs: options.runtime.service,
        templates: options.runtime.templateMedia,
        channels: options.runtime.channelMedia,
        port: () => port,
        contentSecurityPolicy: () => csp,
      })
    : undefined;
  const webSocketApi: WebSocketApi | undefined = servesUi
    ? createWebSocketApi({ handlers: options.runtime.handlers, token: options.token, port: () => port })
    : undefined;

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://server.invalid');
    if (url.pathname === '/v1' || url.pathname.startsWith('/v1/')) return void rest(request, response, url);
    if (ui) return void ui(request, response);
    sendJson(response, 404, { error: { code: 'not_found', message: 'the REST API is under /v1' } });
  });
  if (webSocketApi)
    server.on('upgrade', (request, socket, head) => webSocketApi.handleUpgrade(request, socket, head));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  csp = buildContentSecurityPolicy({ connectSources: [`ws://127.0.0.1:${port}`, `ws://localhost:${port}`] });
  const unsubscribe = webSocketApi
    ? options.runtime.subscribe((event, payload) =>
        webSocketApi.broadcast({ type: 'event', event, payload } as Parameters<WebSocketApi['broadcast']>[0]),
      )
    : () => undefined;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    origin: `http://${shownHost}:${port}`,
    port,
    servesUi,
    async close() {
      unsubscribe();
      webSocketApi?.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
