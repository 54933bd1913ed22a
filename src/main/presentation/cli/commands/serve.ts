import { createDesktopRuntime } from '../../../desktop-runtime.js';
import type { FarmCoordinatorRuntime } from '../../../infrastructure/queue/farm-coordinator-runtime.js';
import { tokenHint } from '../../rest/desktop-coordinator.js';
import { startJobDispatch } from '../../rest/job-dispatch.js';
import { defaultRendererDir } from '../../loopback/web-app.js';
import { API_TOKEN_ENV, resolveApiToken } from '../../rest/api-token.js';
import { startRenderServer } from '../../rest/render-server.js';
import { isLoopbackAddress } from '../../rest/serve-host.js';
import type { CliIO } from '../cli-io.js';
import { UsageError } from '../cli-io.js';

export interface ServeArgs {
  readonly host?: string;
  readonly port?: string;
  readonly dataDir?: string;
  readonly corsOrigins?: readonly string[];
}

export const DEFAULT_SERVE_HOST = '127.0.0.1';
export const DEFAULT_SERVE_PORT = 4280;

/** `--cors-origin`: an origin exactly as browsers send it (scheme, host, optional port). */
function parseOrigins(values: readonly string[] | undefined): string[] {
  return (values ?? []).map((value) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new UsageError(`--cors-origin: "${value}" is not an origin such as https://app.example.com`);
    }
    if (!/^https?:$/.test(url.protocol) || url.origin !== value.replace(/\/+$/, '')) {
      throw new UsageError(`--cors-origin: "${value}" is not an origin such as https://app.example.com`);
    }
    return url.origin;
  });
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_SERVE_PORT;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535)
    throw new UsageError(`--port: "${text}" is not a port number (0–65535)`);
  return port;
}

/**
 * `reelforge serve`: the render server until SIGINT/SIGTERM. Prints exactly one line on stdout,
 * `listening on http://<host>:<port>`, once it accepts requests; a newly generated token goes to
 * stderr, once. Binding beyond loopback needs REELFORGE_API_TOKEN set explicitly.
 */
export async function serveCommand(args: ServeArgs, io: CliIO, signal: AbortSignal): Promise<number> {
  const host = args.host ?? DEFAULT_SERVE_HOST;
  const port = parsePort(args.port);
  const corsOrigins = parseOrigins(args.corsOrigins);
  if (!isLoopbackAddress(host) && !io.env[API_TOKEN_ENV]?.trim()) {
    io.err(
      `reelforge serve: refusing to listen on ${host} without an explicit token: other machines could reach it. ` +
        `Set ${API_TOKEN_ENV} (at least 16 characters) to serve beyond this computer.\n`,
    );
    return 2;
  }
  // Not started yet: with a render farm the service keeps the jobs and the workers render them.
  const runtime = createDesktopRuntime({
    dataDir: args.dataDir,
    env: io.env,
    transport: 'loopback',
    start: false,
  });
  let farm: FarmCoordinatorRuntime | undefined;
  try {
    farm = startJobDispatch(runtime, io.env);
    if (farm) io.err(`render farm: dispatching through Redis at ${farm.status().redisUrl}\n`);
    const token = resolveApiToken(runtime.config.dataDir, io.env);
    const { version } = await runtime.handlers['app.info']({});
    const server = await startRenderServer({
      runtime,
      host,
      port,
      token: token.token,
      version,
      rendererDir: defaultRendererDir(),
      corsOrigins,
      ...(farm ? { farm } : {}),
    });
    if (farm) {
      const live = farm;
      // The UI this server serves shows the farm too.
      runtime.farm.attach({
        status: () => live.status(),
        workers: () => live.coordinator.workers.list(),
        workerApi: { url: server.origin, token: tokenHint(token) },
      });
    }
    if (token.source === 'generated') {
      io.err(`API token (stored in ${token.path}, shown only now): ${token.token}\n`);
    }
    if (server.servesUi) io.err(`UI: ${server.origin}/#token=<the API token>\n`);
    io.out(`listening on ${server.origin}\n`);
    await new Promise<void>((resolve) => {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
    });
    await server.close();
    return 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      io.err(`reelforge serve: port ${port} is already in use on ${host}; pass --port 0 for a free one\n`);
      return 1;
    }
    throw error;
  } finally {
    await farm?.close();
    await runtime.close();
  }
}
