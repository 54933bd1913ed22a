import { existsSync } from 'node:fs';
import { mkdir, utimes } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Generated clips kept by content address under the data dir's cache folder
 * (`cache/runway/<sha256>.mp4`). A file is only ever renamed in once complete and checked, so
 * its presence means a good clip.
 */
export class ClipCache {
  constructor(readonly dir: string) {}

  pathFor(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`not a clip cache key: ${key}`);
    return join(this.dir, `${key}.mp4`);
  }

  has(key: string): boolean {
    return existsSync(this.pathFor(key));
  }

  async ensureDir(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  /** Marks a clip used now, so a future clean-up can drop the least recently used ones first. */
  async touch(key: string): Promise<void> {
    const now = new Date();
    await utimes(this.pathFor(key), now, now).catch(() => undefined);
  }
}
