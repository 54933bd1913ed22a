import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bearerFetch } from '../support/bearer-fetch.js';

// The farm as users run it: each piece is its own `node bin/reelforge.js …` process (the built
// CLI: run `npx vite build --config vite.cli.config.ts` first), talking over loopback only.

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(REPO_ROOT, 'bin/reelforge.js');

export interface CliProcess {
  readonly child: ChildProcess;
  output(): string;
  /** Resolves with the first match of `pattern` in stdout. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function startReelforge(
  args: readonly string[],
  env: Record<string, string>,
  cwd: string = REPO_ROOT,
  /** argv prefix that runs it on another (namespaced) host, e.g. `ip netns exec <ns>`. */
  launcher: readonly string[] = [],
): CliProcess {
  const [command, ...prefix] = [...launcher, process.execPath];
  const child = spawn(command!, [...prefix, BIN, ...args], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString();
    for (const listener of listeners) listener();
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    child,
    output: () => `${stdout}${stderr}`,
    waitFor(pattern) {
      return new Promise((resolvePromise, reject) => {
        const check = (): void => {
          const match = pattern.exec(stdout);
          if (match) {
            listeners.delete(check);
            resolvePromise(match);
          }
        };
        listeners.add(check);
        check();
        void exited.then(() =>
          reject(new Error(`reelforge ${args[0]} exited before printing ${pattern}:\n${stdout}${stderr}`)),
        );
      });
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}

export interface Coordinator extends CliProcess {
  readonly url: string;
  api(path: string, init?: RequestInit): Promise<Response>;
}

export async function startCoordinator(
  dataDir: string,
  token: string,
  redisUrl: string,
  /** Its working folder: relative media paths of scripts sent as text resolve against it. */
  cwd?: string,
  /** Another host: its address to listen on and the launcher that runs there. */
  host?: { readonly address: string; readonly launcher: readonly string[] },
): Promise<Coordinator> {
  const process = startReelforge(
    ['serve', '--port', '0', '--data-dir', dataDir, ...(host ? ['--host', host.address] : [])],
    {
      REELFORGE_API_TOKEN: token,
      REELFORGE_REDIS_URL: redisUrl,
      VIDEO_STORAGE_PATH: join(dataDir, 'videos'),
    },
    cwd,
    host?.launcher,
  );
  const [, url] = await process.waitFor(/^listening on (http:\/\/\S+)\n/m);
  return {
    ...process,
    url: url!,
    api: bearerFetch(url!, token),
  };
}

export interface FarmWorkerProcess extends CliProcess {
  /** "<host>/<id>" as it prints it and as jobs record it. */
  readonly name: string;
  readonly dataDir: string;
}

export async function startWorker(
  dataDir: string,
  options: {
    readonly server: string;
    readonly token: string;
    readonly concurrency?: number;
    readonly mockSeconds?: number;
    /** Short BullMQ lock and stalled check, so a killed worker's job moves on quickly. */
    readonly lockMs?: number;
    /** argv prefix that runs it on another (namespaced) host. */
    readonly launcher?: readonly string[];
  },
): Promise<FarmWorkerProcess> {
  mkdirSync(dataDir, { recursive: true });
  const concurrency = options.concurrency ?? 1;
  writeFileSync(
    join(dataDir, 'config.json'),
    JSON.stringify({
      providers: {
        mock: { max_concurrent: concurrency, options: { simulated_seconds: options.mockSeconds ?? 1 } },
      },
    }),
  );
  const process = startReelforge(
    ['worker', '--server', options.server, '--concurrency', String(concurrency), '--data-dir', dataDir],
    {
      REELFORGE_API_TOKEN: options.token,
      ...(options.lockMs !== undefined ? { REELFORGE_WORKER_LOCK_MS: String(options.lockMs) } : {}),
    },
    REPO_ROOT,
    options.launcher,
  );
  const [, name] = await process.waitFor(/^worker (\S+) taking jobs/m);
  return { ...process, name: name!, dataDir };
}
