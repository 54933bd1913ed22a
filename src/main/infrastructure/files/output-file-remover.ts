import { lstat, realpath, rm } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { isInside } from '../../application/path-inside.js';
import type { OutputFileRemover } from '../../application/ports.js';

async function realPathOrUndefined(path: string): Promise<string | undefined> {
  return realpath(path).catch(() => undefined);
}

/**
 * Deletes a job's files with the rule the media route serves them by: an absolute path lexically
 * inside the job's output folder, still inside its real folder after symlinks are resolved, and a
 * regular file (a symlink is never followed out). A file that is already gone is not an error.
 */
export class FsOutputFileRemover implements OutputFileRemover {
  async removeInside(folder: string, paths: readonly string[]): Promise<void> {
    if (!isAbsolute(folder)) return;
    const realFolder = await realPathOrUndefined(folder);
    if (!realFolder) return;
    await Promise.all(
      paths.map(async (path) => {
        if (path.includes('\0') || !isAbsolute(path) || !isInside(resolve(folder), resolve(path))) return;
        const info = await lstat(path).catch(() => undefined);
        if (!info?.isFile()) return;
        const real = await realPathOrUndefined(path);
        if (!real || !isInside(realFolder, real)) return;
        await rm(real, { force: true });
      }),
    );
  }
}
