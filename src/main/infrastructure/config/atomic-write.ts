import fs from 'node:fs';
import path from 'node:path';
import { createPrivateFolder } from '../files/private-paths.js';

/**
 * Writes `content` to `file` so a reader sees the old file or the new one, never half of either:
 * write a temporary file beside it, flush it to disk, then rename it over the target. Creates the
 * folder (0700) when missing. The file is private to the user because it may hold API keys.
 */
export function writeFileAtomic(file: string, content: string): void {
  createPrivateFolder(path.dirname(file));
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    const fd = fs.openSync(temp, 'w', 0o600);
    try {
      fs.writeFileSync(fd, content, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
