import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isScriptFileName } from '#core/script-files.js';

/** Script files directly inside a folder, sorted; undefined when the path is not a folder. */
export async function listScriptFolder(path: string): Promise<string[] | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return undefined;
  const names = await readdir(path);
  return names
    .filter((n) => !n.startsWith('.') && isScriptFileName(n))
    .sort()
    .map((n) => join(path, n));
}
