import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export type DownloadState =
  | { readonly status: 'idle' }
  | { readonly status: 'downloading' }
  | { readonly status: 'done'; readonly path: string }
  | { readonly status: 'failed'; readonly reason: string };

// Runs in a child process: offline, ensureBrowser() rejects from a promise nobody can catch and
// takes its process down with it, which must never be the app.
const CHILD_SCRIPT = `
const { ensureBrowser } = await import(process.env.REELFORGE_REMOTION_RENDERER_URL);
const status = await ensureBrowser({ chromeMode: 'headless-shell', logLevel: 'error' });
process.stdout.write(JSON.stringify(status));
`;

/**
 * Remotion's Chrome Headless Shell download, the last resort when no browser is installed and
 * `providers.remotion.allow_browser_download` is true. It runs in the background: callers
 * read `state` and are never made to wait for it.
 */
export class BrowserDownloader {
  #state: DownloadState = { status: 'idle' };

  get state(): DownloadState {
    return this.#state;
  }

  /** Starts the download once; later calls do nothing. */
  start(): void {
    if (this.#state.status !== 'idle') return;
    this.#state = { status: 'downloading' };
    const rendererUrl = pathToFileURL(createRequire(import.meta.url).resolve('@remotion/renderer')).href;
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD_SCRIPT], {
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', REELFORGE_REMOTION_RENDERER_URL: rendererUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => {
      this.#state = { status: 'failed', reason: `browser download could not start: ${error.message}` };
    });
    child.on('close', (code) => {
      this.#state = parseOutcome(code, stdout, stderr);
    });
  }
}

export function parseOutcome(code: number | null, stdout: string, stderr: string): DownloadState {
  if (code === 0) {
    try {
      const status = JSON.parse(stdout) as { type?: string; path?: string };
      if (typeof status.path === 'string') return { status: 'done', path: status.path };
      return {
        status: 'failed',
        reason: `browser download ended without a browser (${status.type ?? 'unknown'})`,
      };
    } catch {
      return { status: 'failed', reason: 'browser download printed no result' };
    }
  }
  const why =
    stderr
      .split('\n')
      .map((line) => line.trim())
      .find((line) => /^(\w*Error|error)\b/.test(line)) ?? `exit code ${code}`;
  return { status: 'failed', reason: `browser download failed: ${why}` };
}
