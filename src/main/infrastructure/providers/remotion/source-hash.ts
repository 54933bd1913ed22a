import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface HashInput {
  /** Folders whose source files are hashed by content. */
  readonly sourceDirs: readonly string[];
  /** Folders of large assets (fonts) hashed by name, size and modification time. */
  readonly assetDirs: readonly string[];
  /** Anything else the output depends on, e.g. the Remotion version. */
  readonly extra?: readonly string[];
  /** Paths relative to `root` in the hash, so the same checkout hashes the same anywhere. */
  readonly root: string;
}

const SOURCE_FILE = /\.(tsx?|jsx?|mjs|cjs|json|css)$/;
const SKIPPED = /\.test\.tsx?$/;

/**
 * A hash of everything a Remotion bundle is built from. Tests are left out: they never reach
 * the bundle, and editing one must not force a rebuild.
 */
export async function hashBundleSources(input: HashInput): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of input.sourceDirs) {
    for (const file of await listFiles(dir)) {
      if (!SOURCE_FILE.test(file) || SKIPPED.test(file)) continue;
      hash.update(`src\0${relative(input.root, file)}\0`);
      hash.update(await readFile(file));
    }
  }
  for (const dir of input.assetDirs) {
    for (const file of await listFiles(dir)) {
      const info = await stat(file);
      hash.update(`asset\0${relative(input.root, file)}\0${info.size}\0${Math.floor(info.mtimeMs)}\0`);
    }
  }
  for (const item of input.extra ?? []) hash.update(`extra\0${item}\0`);
  return hash.digest('hex').slice(0, 16);
}

/** Every file under `dir`, sorted, so the hash does not depend on directory order. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
