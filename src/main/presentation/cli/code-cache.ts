// Runs the built CLI bundle with a V8 code cache kept beside it.
//
// Why: every CLI run used to compile ≈ 1 MB of bundled JavaScript before doing anything (V8 parses
// the top level and compiles each function the first time it runs): ≈ 35 ms of a render's
// start-up on the project's 2-core machines (README, "Speed"). Node 20 has no compile cache for
// ES modules (`module.enableCompileCache` is Node 22), so the CLI is built as CommonJS files
// (the entry and its chunks) and compiled here with `vm.Script` and the code V8 produced for them
// on an earlier run.
//
// Each file's cache is written beside it (where the build put it, so it is exactly as writable as
// the code it stands for) after a run that had none, at exit, so it holds the functions that run
// actually compiled. Its name carries a hash of the file's version (size, inode, modification time
// in ns: a build writes new files, and hashing the megabyte itself costs ≈ 3 ms at every start),
// Node's version and the flags V8 runs with: V8 itself only checks the source's length, and a
// cache made under other flags is rejected. A folder that cannot be written runs the bundle
// without a cache.
//
// The bundle may not use `import()`: Node 20 loses a script's import() callback when V8 reads the
// script from a code cache (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING on the second run only), so
// none is given and an import() fails on every run alike; the build turns the CLI's import()s of
// packages into require()s (vite.cli.config.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** What happened to a file's cache on this run: used; rejected by V8; none yet; caching off (the
 * entry then loaded by Node's own `require`, its chunks with it). */
export type CodeCacheOutcome = 'used' | 'rejected' | 'absent' | 'off';

export interface RuntimeIdentity {
  readonly nodeVersion: string;
  readonly arch: string;
  /** Node and V8 flags of this process (`process.execArgv` and NODE_OPTIONS). */
  readonly flags: string;
}

export interface CachedBundle {
  /** Each bundle file loaded so far, by path, with what happened to its cache. */
  readonly outcomes: ReadonlyMap<string, CodeCacheOutcome>;
  /** Writes the cache of every loaded file that had none it could use (call at exit); never throws. */
  saveCache(): void;
}

const SUFFIX = '.v8-cache';

export function currentRuntime(): RuntimeIdentity {
  return {
    nodeVersion: process.version,
    arch: process.arch,
    flags: [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].join(' '),
  };
}

/** Which version of a file this is: what a rebuild or an edit changes. */
export interface FileVersion {
  readonly size: bigint;
  readonly ino: bigint;
  readonly mtimeNs: bigint;
}

/** The cache file for this version of a file under this runtime: `<file>.<hash>.v8-cache`. */
export function codeCachePath(filePath: string, version: FileVersion, runtime: RuntimeIdentity): string {
  const hash = createHash('sha256')
    .update([version.size, version.ino, version.mtimeNs].join(':'))
    .update(`\0${runtime.nodeVersion}\0${runtime.arch}\0${runtime.flags}`)
    .digest('hex')
    .slice(0, 20);
  return `${filePath}.${hash}${SUFFIX}`;
}

/** Whether `require(specifier)` in a bundle file names another file of the bundle (a chunk). */
export function isBundleChunk(specifier: string): boolean {
  return specifier.startsWith('./') && specifier.endsWith('.cjs') && !specifier.slice(2).includes('/');
}

/** CommonJS's module wrapper, on the file's first line so line numbers in stack traces stay. */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
}

interface LoadedFile {
  readonly module: { exports: unknown };
  readonly script: Script;
  readonly cachePath: string;
  readonly outcome: CodeCacheOutcome;
}

/**
 * Runs a CommonJS entry as `require` would. Its chunks (`require("./x.cjs")`) load the same way,
 * once each; everything else goes to Node's own `require`. With `cache` on, each file is compiled
 * with its code cache when there is one, and `saveCache` makes the missing ones.
 */
export function runCachedBundle(
  entryPath: string,
  options: { readonly cache: boolean; readonly runtime?: RuntimeIdentity },
): CachedBundle {
  if (!options.cache) {
    // Exactly as Node loads it: nothing to read or write.
    createRequire(entryPath)(entryPath);
    return { outcomes: new Map([[entryPath, 'off']]), saveCache: () => undefined };
  }
  const runtime = options.runtime ?? currentRuntime();
  const files = new Map<string, LoadedFile>();

  const load = (path: string): unknown => {
    const known = files.get(path);
    if (known) return known.module.exports;
    // Version first: a file rewritten between the two calls then keys its new bytes under the old
    // version, which no later run asks for.
    const cachePath = codeCachePath(path, statSync(path, { bigint: true }), runtime);
    const bytes = readFileSync(path);
    const cachedData = readOptional(cachePath);
    const script = new Script(wrap(bytes.toString('utf8')), {
      filename: path,
      ...(cachedData ? { cachedData } : {}),
    });
    const outcome: CodeCacheOutcome =
      cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used';
    // Registered before it runs, so chunks that require each other get the exports so far, as
    // Node's require does.
    const module = { exports: {}, filename: path, id: path, loaded: false, children: [], paths: [] };
    files.set(path, { module, script, cachePath, outcome });
    const nodeRequire = createRequire(path);
    const bundleRequire = Object.assign(
      (specifier: string) =>
        isBundleChunk(specifier) ? load(join(dirname(path), specifier)) : nodeRequire(specifier),
      { resolve: nodeRequire.resolve, cache: nodeRequire.cache, main: undefined },
    );
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    run.call(module.exports, module.exports, bundleRequire, module, path, dirname(path));
    module.loaded = true;
    return module.exports;
  };

  load(entryPath);
  return {
    get outcomes() {
      return new Map([...files].map(([path, file]) => [path, file.outcome]));
    },
    saveCache: () => {
      for (const [path, file] of files) {
        if (file.outcome === 'absent' || file.outcome === 'rejected') writeCache(path, file);
      }
    },
  };
}

function readOptional(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function writeCache(filePath: string, file: LoadedFile): void {
  const temp = `${file.cachePath}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, file.script.createCachedData());
    // An older build's or another Node version's caches of this file would only pile up.
    const stem = `${basename(filePath)}.`;
    for (const name of readdirSync(dirname(filePath))) {
      const path = join(dirname(filePath), name);
      if (name.startsWith(stem) && name.endsWith(SUFFIX) && path !== file.cachePath)
        rmSync(path, { force: true });
    }
    renameSync(temp, file.cachePath);
  } catch {
    // A read-only install runs without a cache: nothing the user has to act on.
    try {
      rmSync(temp, { force: true });
    } catch {
      // Not even the temp file could be made.
    }
  }
}
