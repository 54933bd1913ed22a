import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The real file-system check used outside tests: a regular file the process may execute. */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
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
