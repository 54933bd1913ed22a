import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeCachePath, isBundleChunk, runCachedBundle, type RuntimeIdentity } from './code-cache.js';

const RUNTIME: RuntimeIdentity = { nodeVersion: process.version, arch: process.arch, flags: '' };

let dir: string;
/** What the test bundles report back: `globalThis[KEY]` collects their calls. */
const KEY = '__codeCacheTest';
type Seen = { chunkRuns: number; entryRuns: number; values: unknown[] };
const seen = () => (globalThis as unknown as Record<string, Seen>)[KEY]!;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reelforge-code-cache-'));
  (globalThis as unknown as Record<string, Seen>)[KEY] = { chunkRuns: 0, entryRuns: 0, values: [] };
  // An entry and a chunk shaped like the CLI build's: the entry requires the chunk and a Node
  // module, and also reaches the chunk through a later import()-style require.
  writeFileSync(
    join(dir, 'chunk-abc.cjs'),
    `globalThis.${KEY}.chunkRuns += 1;\nexports.double = (n) => n * 2;\n`,
  );
  writeFileSync(
    join(dir, 'cli.cjs'),
    [
      `const chunk = require("./chunk-abc.cjs");`,
      `const path = require("node:path");`,
      `globalThis.${KEY}.entryRuns += 1;`,
      `globalThis.${KEY}.values.push(chunk.double(21), path.basename(__filename), __dirname);`,
      `globalThis.${KEY}.later = () => Promise.resolve().then(() => require("./chunk-abc.cjs"));`,
      `globalThis.${KEY}.importPath = () => import("node:path");`,
    ].join('\n'),
  );
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const caches = () => readdirSync(dir).filter((name) => name.endsWith('.v8-cache'));

/**
 * One CLI-like run in a process of its own, as the launcher does it (V8 keeps what it compiled
 * in a process, so a second load in this one would never read the cache): the outcomes by file
 * name, then the cache saved at exit.
 */
function runInChild(cache: boolean): Record<string, string> {
  const runner = join(dir, 'runner.mts');
  writeFileSync(
    runner,
    [
      `import { basename } from 'node:path';`,
      `import { runCachedBundle } from ${JSON.stringify(join(import.meta.dirname, 'code-cache.ts'))};`,
      `globalThis.${KEY} = { chunkRuns: 0, entryRuns: 0, values: [] };`,
      `const bundle = runCachedBundle(${JSON.stringify(join(dir, 'cli.cjs'))}, { cache: ${cache} });`,
      `const outcomes = Object.fromEntries([...bundle.outcomes].map(([p, o]) => [basename(p), o]));`,
      // With the cache on an import() fails on every run alike, cache read or not (code-cache.ts).
      `const imported = await globalThis.${KEY}.importPath().then(() => 'loaded', (e) => e.code);`,
      `const expected = ${cache} ? 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING' : 'loaded';`,
      `if (imported !== expected) throw new Error(imported);`,
      `console.log(JSON.stringify({ outcomes, value: globalThis.${KEY}.values[0] }));`,
      `process.once('exit', () => bundle.saveCache());`,
    ].join('\n'),
  );
  const child = spawnSync(process.execPath, ['--import', 'tsx', runner], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  const { outcomes, value } = JSON.parse(child.stdout) as {
    outcomes: Record<string, string>;
    value: unknown;
  };
  return { ...outcomes, value: String(value) };
}

describe('runCachedBundle', () => {
  it('runs the entry and its chunk as require would, each file once', async () => {
    runCachedBundle(join(dir, 'cli.cjs'), { cache: true, runtime: RUNTIME });
    expect(seen().values).toEqual([42, 'cli.cjs', dir]);
    const later = await (
      seen() as unknown as { later: () => Promise<{ double: (n: number) => number }> }
    ).later();
    expect(later.double(5)).toBe(10);
    expect(seen().chunkRuns).toBe(1);
    const importing = (seen() as unknown as { importPath: () => Promise<unknown> }).importPath();
    await expect(importing).rejects.toMatchObject({ code: 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING' });
  });

  it('a run makes a cache for each file at exit, and the next run uses them without writing again', () => {
    expect(runInChild(true)).toEqual({ 'cli.cjs': 'absent', 'chunk-abc.cjs': 'absent', value: '42' });
    const written = caches();
    expect(written).toHaveLength(2);
    const inodes = written.map((name) => statSync(join(dir, name)).ino);
    expect(runInChild(true)).toEqual({ 'cli.cjs': 'used', 'chunk-abc.cjs': 'used', value: '42' });
    expect(caches().map((name) => statSync(join(dir, name)).ino)).toEqual(inodes);
  });

  it('a rebuilt file gets a new cache and its old one is removed', () => {
    runInChild(true);
    const before = caches();
    writeFileSync(
      join(dir, 'chunk-abc.cjs'),
      `globalThis.${KEY}.chunkRuns += 10;\nexports.double = (n) => n * 3;\n`,
    );
    // A later modification time, as a build writing the file again gives it.
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dir, 'chunk-abc.cjs'), later, later);
    expect(runInChild(true)).toEqual({ 'cli.cjs': 'used', 'chunk-abc.cjs': 'absent', value: '63' });
    const after = caches();
    expect(after).toHaveLength(2);
    const chunkCaches = (names: string[]) => names.filter((name) => name.startsWith('chunk-abc.cjs.'));
    expect(chunkCaches(after)).toHaveLength(1);
    expect(chunkCaches(after)).not.toEqual(chunkCaches(before));
    expect(runInChild(true)).toEqual({ 'cli.cjs': 'used', 'chunk-abc.cjs': 'used', value: '63' });
  });

  it('a damaged cache is rejected, the bundle still runs, and the run replaces it', () => {
    runInChild(true);
    const entryCache = join(
      dir,
      caches().find((name) => name.startsWith('cli.cjs.'))!,
    );
    const good = readFileSync(entryCache);
    writeFileSync(entryCache, Buffer.alloc(good.length, 7));
    expect(runInChild(true)).toEqual({ 'cli.cjs': 'rejected', 'chunk-abc.cjs': 'used', value: '42' });
    expect(readFileSync(entryCache).equals(Buffer.alloc(good.length, 7))).toBe(false);
    expect(runInChild(true)).toEqual({ 'cli.cjs': 'used', 'chunk-abc.cjs': 'used', value: '42' });
  });

  it('with the cache off Node loads the bundle itself, and nothing is written', () => {
    expect(runInChild(false)).toEqual({ 'cli.cjs': 'off', value: '42' });
    expect(caches()).toEqual([]);
  });

  it('a cache that cannot be written is skipped without an error', () => {
    const run = runCachedBundle(join(dir, 'cli.cjs'), { cache: true, runtime: RUNTIME });
    // A folder where the temp file would go: writing fails as on a read-only install (the tests
    // run as root, whom permissions do not stop).
    for (const path of run.outcomes.keys()) {
      mkdirSync(`${codeCachePath(path, statSync(path, { bigint: true }), RUNTIME)}.${process.pid}.tmp`);
    }
    expect(() => run.saveCache()).not.toThrow();
    expect(caches()).toEqual([]);
  });

  it('keeps line numbers for stack traces', () => {
    writeFileSync(join(dir, 'cli.cjs'), `\n\nthrow new Error('line three');\n`);
    let stack = '';
    try {
      runCachedBundle(join(dir, 'cli.cjs'), { cache: true, runtime: RUNTIME });
    } catch (error) {
      stack = (error as Error).stack ?? '';
    }
    expect(stack).toContain(`${join(dir, 'cli.cjs')}:3:`);
  });
});

describe('codeCachePath', () => {
  const version = { size: 100n, ino: 7n, mtimeNs: 1_700_000_000_000_000_000n };

  it('names a cache per file version and runtime', () => {
    const path = codeCachePath('/app/out/cli/cli.cjs', version, RUNTIME);
    expect(path).toMatch(/^\/app\/out\/cli\/cli\.cjs\.[0-9a-f]{20}\.v8-cache$/);
    expect(codeCachePath('/app/out/cli/cli.cjs', version, RUNTIME)).toBe(path);
    for (const other of [
      codeCachePath('/app/out/cli/cli.cjs', { ...version, mtimeNs: version.mtimeNs + 1n }, RUNTIME),
      codeCachePath('/app/out/cli/cli.cjs', { ...version, size: 101n }, RUNTIME),
      codeCachePath('/app/out/cli/cli.cjs', { ...version, ino: 8n }, RUNTIME),
      codeCachePath('/app/out/cli/cli.cjs', version, { ...RUNTIME, nodeVersion: 'v22.0.0' }),
      codeCachePath('/app/out/cli/cli.cjs', version, { ...RUNTIME, flags: '--max-old-space-size=100' }),
    ]) {
      expect(other).not.toBe(path);
    }
  });
});

describe('isBundleChunk', () => {
  it('is a sibling .cjs file only', () => {
    expect(isBundleChunk('./cli-io-D5ddLtUp.cjs')).toBe(true);
    expect(isBundleChunk('./sub/x.cjs')).toBe(false);
    expect(isBundleChunk('../x.cjs')).toBe(false);
    expect(isBundleChunk('better-sqlite3')).toBe(false);
    expect(isBundleChunk('./x.js')).toBe(false);
  });
});
