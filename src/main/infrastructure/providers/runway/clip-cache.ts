import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';

const CLIP_FILE = /^([0-9a-f]{64})\.mp4$/;

/** A clip cache key: the SHA-256 (hex) of the clip request, see `clipCacheKey`. */
export function isClipKey(key: string): boolean {
  return /^[0-9a-f]{64}$/.test(key);
}

/** A cached clip as the clean-up sees it. */
export interface CachedClip {
  readonly key: string;
  readonly sizeBytes: number;
  /** Last use (the file's modification time, refreshed by `touch`). */
  readonly usedAtMs: number;
}

/**
 * The clips to delete so the cache fits in `maxBytes`: the most recently used are kept until the
 * cap is reached, clips in use by a running render are never deleted (and count towards the cap).
 */
export function clipsToEvict(
  clips: readonly CachedClip[],
  maxBytes: number,
  inUse: ReadonlySet<string>,
): CachedClip[] {
  let kept = clips.filter((c) => inUse.has(c.key)).reduce((sum, c) => sum + c.sizeBytes, 0);
  const evict: CachedClip[] = [];
  const candidates = clips.filter((c) => !inUse.has(c.key)).sort((a, b) => b.usedAtMs - a.usedAtMs);
  for (const clip of candidates) {
    if (kept + clip.sizeBytes <= maxBytes) kept += clip.sizeBytes;
    else evict.push(clip);
  }
  return evict;
}

/**
 * Generated clips kept by content address under the data dir's cache folder
 * (`cache/runway/<sha256>.mp4`). A file is only ever renamed in once complete and checked, so
 * its presence means a good clip. `prune` keeps the folder under a size cap, least recently used
 * first out.
 */
export class ClipCache {
  constructor(readonly dir: string) {}

  pathFor(key: string): string {
    if (!isClipKey(key)) throw new Error(`not a clip cache key: ${key}`);
    return join(this.dir, `${key}.mp4`);
  }

  has(key: string): boolean {
    return existsSync(this.pathFor(key));
  }

  async ensureDir(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  /** Marks a clip used now, so the clean-up drops the least recently used ones first. */
  async touch(key: string): Promise<void> {
    const now = new Date();
    await utimes(this.pathFor(key), now, now).catch(() => undefined);
  }

  /** The clips in the folder (other files, such as downloads in progress, are left alone). */
  async list(): Promise<CachedClip[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const clips = await Promise.all(
      names.map(async (name) => {
        const key = CLIP_FILE.exec(name)?.[1];
        if (!key) return undefined;
        const info = await stat(join(this.dir, name)).catch(() => undefined);
        return info ? { key, sizeBytes: info.size, usedAtMs: info.mtimeMs } : undefined;
      }),
    );
    return clips.filter((c): c is CachedClip => c !== undefined);
  }

  /** Deletes least recently used clips until the cache fits in `maxBytes`; returns what went. */
  async prune(maxBytes: number, inUse: ReadonlySet<string>): Promise<CachedClip[]> {
    const evict = clipsToEvict(await this.list(), maxBytes, inUse);
    await Promise.all(evict.map((clip) => rm(this.pathFor(clip.key), { force: true })));
    return evict;
  }
}
