import { hostname } from 'node:os';
import { describeError } from '#core/errors.js';
import type { DesktopRuntime } from '../../desktop-runtime.js';
import { serverAddress } from '../../infrastructure/config/server-settings.js';
import type { FarmCoordinatorRuntime } from '../../infrastructure/queue/farm-coordinator-runtime.js';
import type { FarmWorkerApi } from '#shared/farm-api-types.js';
import { API_TOKEN_ENV, resolveApiToken, type ApiToken } from './api-token.js';
import { startJobDispatch } from './job-dispatch.js';
import { startRenderServer, type RenderServer } from './render-server.js';
import { isLoopbackAddress } from './serve-host.js';

export interface DesktopCoordinator {
  /** The farm this process dispatches to; absent: jobs render in this process. */
  readonly farm?: FarmCoordinatorRuntime;
  /** The REST API (with the worker routes) workers connect to, when it started. */
  readonly workerApi?: RenderServer;
  close(): Promise<void>;
}

/** How the page is told where the token is, never the token itself. */
export function tokenHint(token: ApiToken): string {
  return token.source === 'env'
    ? `the ${API_TOKEN_ENV} this app was started with`
    : `stored in ${token.path ?? 'the data folder'} (or set ${API_TOKEN_ENV})`;
}

/** An address workers on other machines can use: a wildcard binding is shown as this host's name. */
export function workerFacingOrigin(server: RenderServer, host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return server.origin;
  return `http://${hostname()}:${server.port}`;
}

/**
 * The desktop app (and `npm run web`) as a farm coordinator: jobs go through the farm exactly as
 * with `reelforge serve` (startJobDispatch), and workers reach this process's REST API on
 * config.json's `server.host`/`server.port` with the bearer token `serve` uses. Beyond loopback
 * that token must be set explicitly (REELFORGE_API_TOKEN), as for `serve`. Without a farm the
 * service renders here and nothing listens.
 */
export async function startDesktopCoordinator(
  runtime: DesktopRuntime,
  env: NodeJS.ProcessEnv,
): Promise<DesktopCoordinator> {
  const farm = startJobDispatch(runtime, env);
  if (farm === undefined) return { close: async () => undefined };
  let server: RenderServer | undefined;
  let workerApi: FarmWorkerApi;
  const { host, port } = serverAddress(runtime.config);
  try {
    if (!isLoopbackAddress(host) && !env[API_TOKEN_ENV]?.trim()) {
      throw new Error(
        `listening on ${host} needs an explicit token: other machines could reach it. ` +
          `Set ${API_TOKEN_ENV} (at least 16 characters) before starting the app`,
      );
    }
    const token = resolveApiToken(runtime.config.dataDir, env);
    const { version } = await runtime.handlers['app.info']({});
    // No UI on this server: the app has its own window (or loopback page); workers need only /v1.
    server = await startRenderServer({ runtime, host, port, token: token.token, version, farm });
    workerApi = { url: workerFacingOrigin(server, host), token: tokenHint(token) };
  } catch (error) {
    const why =
      (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
        ? `port ${port} is already in use on ${host}; set "server": {"port": …} in config.json`
        : describeError(error);
    workerApi = { error: `The worker API could not start on ${host}:${port}: ${why}` };
  }
  runtime.farm.attach({
    status: () => farm.status(),
    workers: () => farm.coordinator.workers.list(),
    workerApi,
  });
  const started = server;
  return {
    farm,
    ...(started ? { workerApi: started } : {}),
    async close() {
      runtime.farm.detach();
      await started?.close();
      await farm.close();
    },
  };
}
