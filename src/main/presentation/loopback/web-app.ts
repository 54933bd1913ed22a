import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDesktopRuntime, type DesktopRuntime } from '../../desktop-runtime.js';
import { startDesktopCoordinator, type DesktopCoordinator } from '../rest/desktop-coordinator.js';
import { startLoopbackServer, type LoopbackServer } from './loopback-server.js';

/** out/renderer of this checkout, whether run from src/ with tsx or from a bundle in out/. */
export function defaultRendererDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const fromSource = resolve(here, '../../../../out/renderer');
  return existsSync(fromSource) ? fromSource : resolve(here, '../renderer');
}

export class WebAppError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebAppError';
  }
}

export interface WebAppOptions {
  readonly dataDir?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly port?: number;
  readonly rendererDir?: string;
  /** Fixed token (tests); random per launch otherwise. */
  readonly token?: string;
}

export interface WebApp extends Pick<LoopbackServer, 'url' | 'origin' | 'port' | 'token'> {
  readonly runtime: DesktopRuntime;
  /** The render farm it coordinates and the worker API, when `queue.redis_url` is set. */
  readonly coordinator: DesktopCoordinator;
  close(): Promise<void>;
}

/** The browser edition: the desktop runtime (transport "loopback") behind the loopback server. */
export async function startWebApp(options: WebAppOptions = {}): Promise<WebApp> {
  const rendererDir = options.rendererDir ?? defaultRendererDir();
  const index = join(rendererDir, 'index.html');
  if (!existsSync(index)) {
    throw new WebAppError(
      `The UI is not built yet: ${index} is missing. Run \`npm run build\` first, then \`npm run web\` again.`,
    );
  }
  // Started below: in this process, or as the coordinator of a render farm.
  const runtime = createDesktopRuntime({
    dataDir: options.dataDir,
    env: options.env,
    transport: 'loopback',
    start: false,
  });
  let server: LoopbackServer;
  let coordinator: DesktopCoordinator | undefined;
  try {
    coordinator = await startDesktopCoordinator(runtime, options.env ?? process.env);
    server = await startLoopbackServer({ runtime, rendererDir, port: options.port, token: options.token });
  } catch (error) {
    await coordinator?.close();
    await runtime.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new WebAppError(
        `port ${options.port}: already in use on 127.0.0.1; pass --port 0 for a free one`,
      );
    }
    throw error;
  }
  return {
    url: server.url,
    origin: server.origin,
    port: server.port,
    token: server.token,
    runtime,
    coordinator,
    async close() {
      await server.close();
      await coordinator?.close();
      await runtime.close();
    },
  };
}
