import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The real file-system check used outside tests: a regular file the process may execute, marked
 * executable by its owner (root may "execute" any file with an x bit for anyone) and not
 * world-writable (anyone could have swapped what it does).
 */
export function isExecutableFile(path: string): boolean {
  try {
    const { mode } = statSync(path);
    if (!isSafeExecutableMode(mode)) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A regular file, executable by its owner, not writable by everyone. */
export function isSafeExecutableMode(mode: number): boolean {
  if ((mode & constants.S_IFMT) !== constants.S_IFREG) return false;
  return process.platform === 'win32' || ((mode & 0o100) !== 0 && (mode & 0o002) === 0);
}

/** The first `name` (or `name.exe` on Windows) in the PATH's folders that is executable. */
export function findOnPath(
  name: string,
  pathVariable: string | undefined,
  isExecutable: (path: string) => boolean,
): string | undefined {
  if (!pathVariable) return undefined;
  const names = process.platform === 'win32' ? [`${name}.exe`, name] : [name];
  for (const dir of pathVariable.split(delimiter)) {
    if (!dir) continue;
    for (const candidate of names) {
      const full = join(dir, candidate);
      if (isExecutable(full)) return full;
    }
  }
  return undefined;
}
