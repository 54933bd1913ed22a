import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

const SCRIPT_EXTENSIONS = new Set(['.json', '.txt', '.md', '.markdown']);

/** Script files directly inside a folder, sorted; undefined when the path is not a folder. */
export async function listScriptFolder(path: string): Promise<string[] | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return undefined;
  const names = await readdir(path);
  return names
    .filter((n) => !n.startsWith('.') && SCRIPT_EXTENSIONS.has(extname(n).toLowerCase()))
    .sort()
    .map((n) => join(path, n));
}
