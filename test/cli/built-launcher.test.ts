// The built CLI as `bin/reelforge.js` runs it: the launcher (out/cli/reelforge.js) keeps a V8 code
// cache beside each bundle file (src/main/presentation/cli/code-cache.ts). Run on a copy of this
// test run's build, so the caches its other CLI runs write do not count.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../support/run-cli.js';
import { makeTempDir } from '../support/temp-dir.js';

const built = inject('reelforgeCli');
let copy: string;
let data: ReturnType<typeof makeTempDir>;

beforeEach(() => {
  // Beside out/cli, as the build puts it, so the bundle finds resources/ and node_modules.
  copy = mkdtempSync(join(REPO_ROOT, 'out', 'test-launcher-'));
  cpSync(dirname(built!), copy, { recursive: true, filter: (src) => !src.endsWith('.v8-cache') });
  data = makeTempDir();
});
afterEach(() => {
  rmSync(copy, { recursive: true, force: true });
  data.cleanup();
});

function run(args: string[], extraEnv: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(copy, 'reelforge.js'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: data.path, REELFORGE_DATA_DIR: data.path, ...extraEnv },
  });
}

/** Each cache file with its inode and modification time, to see whether a run rewrote it. */
function caches(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(copy)
      .filter((name) => name.endsWith('.v8-cache'))
      .map((name) => {
        const s = statSync(join(copy, name), { bigint: true });
        return [name, `${s.ino}:${s.mtimeNs}`];
      }),
  );
}

describe.skipIf(!built)('the built CLI launcher', () => {
  it('writes a code cache for the entry and the chunk it loaded, and later runs use it', () => {
    const first = run(['history', '--json']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const written = caches();
    const names = Object.keys(written);
    expect(names.some((n) => /^cli\.cjs\.[0-9a-f]{20}\.v8-cache$/.test(n))).toBe(true);
    expect(names.some((n) => /^cli-io-.+\.cjs\.[0-9a-f]{20}\.v8-cache$/.test(n))).toBe(true);
    // `serve` and `worker` were not loaded, so nothing of theirs was compiled or cached.
    expect(names.some((n) => n.startsWith('serve-') || n.startsWith('worker-'))).toBe(false);

    const second = run(['history', '--json']);
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(caches()).toEqual(written);
  });

  it('REELFORGE_CODE_CACHE=off runs without reading or writing a cache', () => {
    const off = run(['history', '--json'], { REELFORGE_CODE_CACHE: 'off' });
    expect(off.stderr).toBe('');
    expect(off.status).toBe(0);
    expect(caches()).toEqual({});
  });
});
