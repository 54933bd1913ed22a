import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { isScriptFileName } from '#core/script-files.js';

/** A script file found in a folder. */
export interface ScriptFolderEntry {
  /** The path as a string; a name that is not valid UTF-8 shows U+FFFD where its bad bytes are. */
  readonly path: string;
  /** The path's exact bytes, set only when `path` is not them (open the file by this one). */
  readonly bytesPath?: Buffer;
}

/**
 * Script files directly inside a folder, sorted; undefined when the path is not a folder. Names
 * are read as bytes: a name that is not valid UTF-8 keeps its real bytes in `bytesPath`, so it is
 * still read rather than reported as missing.
 */
export async function listScriptFolderEntries(path: string): Promise<ScriptFolderEntry[] | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return undefined;
  const folderBytes = Buffer.from(path);
  const names = await readdir(path, { encoding: 'buffer' });
  return names
    .map((bytes) => ({ bytes, name: bytes.toString('utf8') }))
    .filter(({ name }) => !name.startsWith('.') && isScriptFileName(name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Buffer.compare(a.bytes, b.bytes)))
    .map(({ bytes, name }) => {
      const entryPath = join(path, name);
      if (Buffer.from(name).equals(bytes)) return { path: entryPath };
      const separator = path.endsWith(sep) ? [] : [Buffer.from(sep)];
      return { path: entryPath, bytesPath: Buffer.concat([folderBytes, ...separator, bytes]) };
    });
}

/** Script files directly inside a folder, sorted, as paths; undefined when not a folder. */
export async function listScriptFolder(path: string): Promise<string[] | undefined> {
  return (await listScriptFolderEntries(path))?.map((entry) => entry.path);
}
