import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveMediaPath } from './media-paths.js';

describe('resolveMediaPath', () => {
  const input = { content: '', name: 'a.json', path: '/work/scripts/a.json' };

  it('resolves relative paths against the script folder and keeps absolute ones', () => {
    expect(resolveMediaPath('music/a.mp3', input)).toBe(path.resolve('/work/scripts/music/a.mp3'));
    expect(resolveMediaPath('../shared/b.mp3', input)).toBe(path.resolve('/work/shared/b.mp3'));
    expect(resolveMediaPath('/srv/c.mp3', input)).toBe(path.resolve('/srv/c.mp3'));
  });

  it('leads a moved file (a farm worker’s copy) to its copy, whichever way the script wrote it', () => {
    const moved = {
      ...input,
      mediaPaths: { '/srv/c.mp3': '/cache/c.mp3', '/work/shared/b.mp3': '/cache/b.mp3' },
    };
    expect(resolveMediaPath('/srv/c.mp3', moved)).toBe('/cache/c.mp3');
    expect(resolveMediaPath('../shared/b.mp3', moved)).toBe('/cache/b.mp3');
    expect(resolveMediaPath('music/a.mp3', moved)).toBe(path.resolve('/work/scripts/music/a.mp3'));
    // Only the map's own entries count.
    expect(resolveMediaPath('/constructor', { ...moved, mediaPaths: {} })).toBe('/constructor');
  });
});
