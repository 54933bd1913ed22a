// Whether the built CLI (out/cli, from `npm install`'s prepare step or `npm run build`) is newer
// than everything it is built from, so `npm run reelforge` can start it (≈ 0.15 s) instead of
// compiling the TypeScript sources through tsx (≈ 0.8 s) — and still runs the sources while
// someone edits them.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the CLI bundle is made of: source folders (every file in them) and single files. */
export const CLI_SOURCES = {
  folders: ['src/main', 'src/core', 'src/shared', 'src/remotion'],
  files: ['package.json', 'package-lock.json', 'vite.cli.config.ts'],
};

/** The built CLI's launcher, written last by the build (its plugin runs after the bundle). */
export const BUILT_CLI = 'out/cli/reelforge.js';

/** Modification time (ms) of a file, or undefined when it does not exist. */
function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The newest modification time among the CLI's sources under `root` (0 when none exist). */
export function newestSourceTime(root, sources = CLI_SOURCES) {
  let newest = 0;
  for (const folder of sources.folders) {
    let entries;
    try {
      entries = readdirSync(join(root, folder), { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      newest = Math.max(newest, mtimeOf(join(entry.parentPath ?? entry.path, entry.name)) ?? 0);
    }
  }
  for (const file of sources.files) newest = Math.max(newest, mtimeOf(join(root, file)) ?? 0);
  return newest;
}

/** True when `root`'s built CLI exists and no source is newer than it. */
export function builtCliIsFresh(root, sources = CLI_SOURCES) {
  const built = mtimeOf(join(root, BUILT_CLI));
  return built !== undefined && built >= newestSourceTime(root, sources);
}
