// Global setup of the integration tests: the CLI the tests start (test/support/run-cli.ts) is built
// from the sources once per run, as `npm run build` builds it for `bin/reelforge.js`. Started
// through tsx instead, each of the ≈ 140 CLI runs of the suite compiled and loaded the sources
// again: ≈ 2–4 s more per run on the 2-core machines (cli.e2e.test.ts: 74 s → 9 s).
//
// Built into out/test-cli-<pid>/ (removed after the run): at the depth of out/cli, so the bundle
// finds out/renderer, out/remotion-bundle and resources/ as the shipped CLI does, and a rebuild by
// `npm run build` or another test run never changes files under a running test's CLI.
// REELFORGE_TEST_CLI=source runs the TypeScript sources through tsx instead (a debugger's source maps).
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(REPO_ROOT, 'out');
const PREFIX = 'test-cli-';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built CLI's entry file, when the run built one. */
    reelforgeCli: string | undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes the CLIs of earlier runs that ended without removing theirs (killed). */
function removeLeftovers(): void {
  let names: string[];
  try {
    names = readdirSync(OUT);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(name.slice(PREFIX.length));
    if (name.startsWith(PREFIX) && Number.isInteger(pid) && !isRunning(pid)) {
      rmSync(join(OUT, name), { recursive: true, force: true });
    }
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  if (process.env['REELFORGE_TEST_CLI'] === 'source') {
    project.provide('reelforgeCli', undefined);
    return undefined;
  }
  removeLeftovers();
  const outDir = join(OUT, `${PREFIX}${process.pid}`);
  await build({
    configFile: join(REPO_ROOT, 'vite.cli.config.ts'),
    root: REPO_ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  project.provide('reelforgeCli', join(outDir, 'reelforge.js'));
  return () => rmSync(outDir, { recursive: true, force: true });
}
