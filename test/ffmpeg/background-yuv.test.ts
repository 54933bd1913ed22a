// Cached gradient backgrounds are kept as YUV 4:2:0 (converted once by ffmpeg) instead of RGBA,
// so each render part reads less and converts nothing. The frames must be exactly those of a
// render that draws the backgrounds afresh and lets ffmpeg convert them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FfmpegVideoProvider } from '../../src/main/infrastructure/providers/ffmpeg/index.js';
import { FFMPEG, HAS_FFMPEG } from '../support/media-tools.js';
import { ffmpegSettings, makeRequest, makeTimeline } from './fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'reelforge-background-yuv-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const context = () => ({
  signal: new AbortController().signal,
  onProgress: () => undefined,
  checkpoint: { load: () => undefined, save: () => undefined },
});

/** Every decoded frame's checksum, so two files compare by picture, not by container bytes. */
function frameChecksums(path: string): string[] {
  const out = execFileSync(FFMPEG, ['-v', 'error', '-i', path, '-map', '0:v', '-f', 'framemd5', '-'], {
    encoding: 'utf8',
  });
  return out.split('\n').filter((line) => line && !line.startsWith('#'));
}

describe.skipIf(!HAS_FFMPEG)('backgrounds cached as YUV 4:2:0', () => {
  it('give the same frames as backgrounds drawn afresh, and are what the cache keeps', async () => {
    const timeline = makeTimeline({
      channel: 'water',
      hook: 'Breathe in',
      points: ['Hold it'],
      cta: 'Out',
      sceneSeconds: 1.5,
    });
    // One part, one thread: the encoder is deterministic, so equal input frames give equal output.
    const settings = ffmpegSettings({ binaryPath: FFMPEG, options: { parts: 1, threads: 1 } });
    const render = async (name: string, cacheDir?: string) => {
      const provider = new FfmpegVideoProvider(settings, cacheDir ? { cacheDir } : {});
      const result = await provider.generate(
        makeRequest(timeline, join(work, name), 'video', 'draft'),
        context(),
      );
      return frameChecksums(result.outputPath);
    };
    const cacheDir = join(work, 'cache');
    const fresh = await render('fresh');
    const firstCached = await render('cached-1', cacheDir);
    const cached = readdirSync(join(cacheDir, 'backgrounds'));
    expect(cached.length).toBeGreaterThan(0);
    expect(cached.every((name) => name.endsWith('.yuv'))).toBe(true);
    const fromCache = await render('cached-2', cacheDir);
    expect(fresh.length).toBeGreaterThan(30);
    expect(firstCached).toEqual(fresh);
    expect(fromCache).toEqual(fresh);
  });
});
