import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { inject } from 'vitest';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_ENTRY = resolve(REPO_ROOT, 'src/main/presentation/cli/entry.ts');

/**
 * How to start the CLI: the bundle test/support/built-cli.ts built from the sources for this run,
 * or the sources through tsx when it built none (REELFORGE_TEST_CLI=source).
 */
function cliCommand(): string[] {
  const built = inject('reelforgeCli');
  return built ? [built] : ['--import', 'tsx', SOURCE_ENTRY];
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts the real CLI as a child process, with only the env given plus PATH. */
export function startCli(args: readonly string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [...cliCommand(), ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function runCli(args: readonly string[], env: Record<string, string>): Promise<CliRun> {
  const child = startCli(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
