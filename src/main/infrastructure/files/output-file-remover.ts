import { rm } from 'node:fs/promises';
import type { OutputFileRemover } from '../../application/ports.js';

/** Deletes a job's output files; a file that is already gone is not an error. */
export class FsOutputFileRemover implements OutputFileRemover {
  async remove(paths: readonly string[]): Promise<void> {
    await Promise.all(paths.map((p) => rm(p, { force: true })));
  }
}
