import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClipCache, clipsToEvict, type CachedClip } from './clip-cache.js';

const key = (n: number): string => n.toString(16).padStart(64, '0');
const clip = (n: number, sizeBytes: number, usedAtMs: number): CachedClip => ({
  key: key(n),
  sizeBytes,
  usedAtMs,
});

describe('clipsToEvict', () => {
  it('keeps the most recently used clips that fit and evicts the rest', () => {
    const clips = [clip(1, 40, 100), clip(2, 40, 300), clip(3, 40, 200)];
    expect(clipsToEvict(clips, 100, new Set()).map((c) => c.key)).toEqual([key(1)]);
    expect(clipsToEvict(clips, 120, new Set())).toEqual([]);
    expect(clipsToEvict(clips, 0, new Set())).toHaveLength(3);
  });

  it('never evicts a clip in use, and counts it against the cap', () => {
    const clips = [clip(1, 60, 100), clip(2, 60, 300)];
    expect(clipsToEvict(clips, 100, new Set([key(1)])).map((c) => c.key)).toEqual([key(2)]);
    expect(clipsToEvict(clips, 0, new Set([key(1), key(2)]))).toEqual([]);
  });

  it('skips a big old clip but keeps a smaller older one that still fits', () => {
    const clips = [clip(1, 10, 300), clip(2, 95, 200), clip(3, 10, 100)];
    expect(clipsToEvict(clips, 25, new Set()).map((c) => c.key)).toEqual([key(2)]);
  });
});

describe('ClipCache.prune', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('deletes least recently used clip files on disk and leaves other files alone', async () => {
    dir = mkdtempSync(join(tmpdir(), 'reelforge-clip-cache-'));
    const cache = new ClipCache(dir);
    [1, 2, 3].forEach((n, i) => {
      const path = cache.pathFor(key(n));
      writeFileSync(path, Buffer.alloc(1000));
      utimesSync(path, 1_000 + i * 100, 1_000 + i * 100);
    });
    writeFileSync(join(dir, `.${key(4)}.mp4.partial`), Buffer.alloc(5000));
    await cache.touch(key(1));
    const gone = await cache.prune(2000, new Set());
    expect(gone.map((c) => c.key)).toEqual([key(2)]);
    expect(readdirSync(dir).sort()).toEqual(
      [`.${key(4)}.mp4.partial`, `${key(1)}.mp4`, `${key(3)}.mp4`].sort(),
    );
    expect(cache.has(key(2))).toBe(false);
  });

  it('is a no-op on a missing folder', async () => {
    expect(await new ClipCache(join(tmpdir(), 'reelforge-no-such-cache-dir')).prune(0, new Set())).toEqual(
      [],
    );
  });
});
