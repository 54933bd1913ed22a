// `npm run reelforge` starts the built CLI only when it is newer than every source it is built
// from (scripts/cli-freshness.mjs, scripts/reelforge.mjs); otherwise the sources run through tsx.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { BUILT_CLI, builtCliIsFresh, CLI_SOURCES, newestSourceTime } from '../../scripts/cli-freshness.mjs';
import { REPO_ROOT } from '../support/run-cli.js';
import { makeTempDir } from '../support/temp-dir.js';

let temp: ReturnType<typeof makeTempDir>;
const at = (path: string, seconds: number) => {
  const full = join(temp.path, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, '');
  utimesSync(full, seconds, seconds);
};

beforeEach(() => {
  temp = makeTempDir();
  at('src/main/presentation/cli/entry.ts', 1_000);
  at('src/core/one-line.ts', 1_100);
  at('src/shared/api-contract.ts', 1_050);
  at('src/remotion/props.ts', 1_020);
  at('package.json', 900);
  at('vite.cli.config.ts', 900);
});
afterEach(() => temp.cleanup());

describe('builtCliIsFresh', () => {
  it('is false before any build', () => {
    expect(builtCliIsFresh(temp.path)).toBe(false);
  });

  it('is true when the build is newer than every source, false once one source is newer', () => {
    at(BUILT_CLI, 1_200);
    expect(newestSourceTime(temp.path)).toBe(1_100_000);
    expect(builtCliIsFresh(temp.path)).toBe(true);
    at('src/main/infrastructure/providers/ffmpeg/filter-graph.ts', 1_300);
    expect(builtCliIsFresh(temp.path)).toBe(false);
  });

  it('counts package.json, the lock file and the build config as sources', () => {
    at(BUILT_CLI, 1_200);
    for (const file of ['package.json', 'package-lock.json', 'vite.cli.config.ts']) {
      at(file, 1_250);
      expect(builtCliIsFresh(temp.path)).toBe(false);
      at(file, 800);
      expect(builtCliIsFresh(temp.path)).toBe(true);
    }
  });
});

describe.skipIf(!inject('reelforgeCli'))('CLI_SOURCES', () => {
  it('covers every source file the build put into the CLI bundle', () => {
    const outDir = dirname(inject('reelforgeCli')!);
    const bundled = readdirSync(outDir)
      .filter((name) => name.endsWith('.cjs') || name.endsWith('.js'))
      .flatMap((name) =>
        [...readFileSync(join(outDir, name), 'utf8').matchAll(/^\/\/ (src\/\S+)$/gm)].map((m) => m[1]!),
      );
    expect(bundled.length).toBeGreaterThan(100);
    const outside = bundled.filter(
      (path) => !CLI_SOURCES.folders.some((folder) => path.startsWith(`${folder}/`)),
    );
    expect(outside).toEqual([]);
  });
});

describe('scripts/reelforge.mjs', () => {
  it('runs the CLI (built or from the sources) with the arguments after it', () => {
    const run = spawnSync(process.execPath, ['scripts/reelforge.mjs', 'status', 'no-such-job'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', HOME: temp.path, REELFORGE_DATA_DIR: temp.path },
    });
    expect(run.stderr).toContain('no-such-job');
    expect(run.status).toBe(1);
  });
});
