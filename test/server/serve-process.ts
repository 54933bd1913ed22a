import { expect } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCli } from '../support/run-cli.js';
import { bearerFetch } from '../support/bearer-fetch.js';

export interface ServeProcess {
  readonly child: ChildProcess;
  /** `http://127.0.0.1:<port>` as printed. */
  readonly url: string;
  readonly token: string;
  stdout(): string;
  stderr(): string;
  /** SIGTERM, then waits for the exit code. */
  stop(): Promise<number | null>;
  /** fetch with the bearer token. */
  api(path: string, init?: RequestInit): Promise<Response>;
}

/**
 * Starts `reelforge serve --port 0` through the real CLI entry and waits for its one stdout line.
 * The token is REELFORGE_API_TOKEN when the env has it, otherwise the one it stored.
 */
export async function startServe(
  dataDir: string,
  env: Record<string, string>,
  args: readonly string[] = [],
): Promise<ServeProcess> {
  const child = startCli(['serve', '--port', '0', '--data-dir', dataDir, ...args], env);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = /^listening on (http:\/\/\S+)\n/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code} before listening: ${stderr}`)));
  });
  const token = env['REELFORGE_API_TOKEN'] ?? readFileSync(join(dataDir, 'api-token'), 'utf8').trim();
  return {
    child,
    url,
    token,
    stdout: () => stdout,
    stderr: () => stderr,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
    api: bearerFetch(url, token),
  };
}

/** Polls a render until it reaches one of `statuses` (or the test times out). */
export async function waitForRender(
  serve: ServeProcess,
  id: string,
  statuses: readonly string[] = ['completed', 'failed', 'cancelled', 'interrupted'],
): Promise<Record<string, unknown>> {
  for (;;) {
    const response = await serve.api(`/v1/renders/${id}`);
    const body = (await response.json()) as Record<string, unknown>;
    if (statuses.includes(String(body['status']))) return body;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const postJson = (
  serve: ServeProcess,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) =>
  serve.api(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** `POST /v1/renders` that must be accepted (202): its answer's body. */
export async function postRender<Accepted extends { id: string } = { id: string; status: string }>(
  serve: ServeProcess,
  body: Record<string, unknown>,
): Promise<Accepted> {
  const posted = await postJson(serve, '/v1/renders', body);
  expect(posted.status, 'POST /v1/renders').toBe(202);
  return (await posted.json()) as Accepted;
}
