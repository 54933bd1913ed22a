import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirPerTest } from '../../test-support/temp-dirs.js';
import type { ChannelPalette } from '#core/channel.js';
import { BackgroundCache, gradientKey } from './background-cache.js';
import { writeGradientBackground } from './canvas-images.js';

const palette: ChannelPalette = {
  background: ['#0c4a6e', '#0369a1'],
  primary: '#e0f2fe',
  accent: '#7dd3fc',
  text: '#ffffff',
  textShadow: '#000000',
};
const frame = { width: 54, height: 96 };

describe('BackgroundCache', () => {
  const temp = useTempDirPerTest('reelforge-bg-cache-');

  it('keeps the very pixels drawing gives, and reuses the file instead of drawing again', async () => {
    const cache = new BackgroundCache(join(temp.path, 'cache'));
    const first = await cache.gradient(palette, frame, 2);
    const drawn = await writeGradientBackground(palette, frame, 2, join(temp.path, 'drawn.rgba'));
    expect(readFileSync(first.path)).toEqual(readFileSync(drawn.path));
    expect(first.raw).toEqual({ width: 54, height: 96 });

    // Mark the kept file: a second request must hand out the same file, not draw it again.
    const marked = Buffer.alloc(54 * 96 * 4, 7);
    writeFileSync(first.path, marked);
    const second = await cache.gradient(palette, frame, 2);
    expect(second.path).toBe(first.path);
    expect(readFileSync(second.path)).toEqual(marked);
  });

  it('draws again when the file was cut short', async () => {
    const cache = new BackgroundCache(join(temp.path, 'cache'));
    const first = await cache.gradient(palette, frame, 0);
    writeFileSync(first.path, 'short');
    const again = await cache.gradient(palette, frame, 0);
    expect(readFileSync(again.path).length).toBe(54 * 96 * 4);
  });

  it('keys on palette, size and scene position', () => {
    const key = gradientKey(palette, frame, 1);
    expect(gradientKey(palette, frame, 1)).toBe(key);
    expect(gradientKey(palette, frame, 2)).not.toBe(key);
    expect(gradientKey({ ...palette, accent: '#ff0000' }, frame, 1)).not.toBe(key);
    expect(gradientKey(palette, { width: 96, height: 54 }, 1)).not.toBe(key);
  });

  it('keeps only the most recently used files', async () => {
    const cache = new BackgroundCache(join(temp.path, 'cache'), 2);
    const a = await cache.gradient(palette, frame, 0);
    await new Promise((r) => setTimeout(r, 20));
    await cache.gradient(palette, frame, 1);
    await new Promise((r) => setTimeout(r, 20));
    await cache.gradient(palette, frame, 0); // used again: now newer than scene 1's
    await new Promise((r) => setTimeout(r, 20));
    const c = await cache.gradient(palette, frame, 2);
    const kept = readdirSync(join(temp.path, 'cache')).sort();
    expect(kept).toHaveLength(2);
    expect(kept).toEqual([a.path, c.path].map((p) => p.split('/').pop()).sort());
  });
});
