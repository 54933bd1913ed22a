import { describe, expect, it } from 'vitest';
import { discoverBinaries, FFMPEG_NOT_FOUND, parseFfmpegVersion } from './binary-discovery.js';

const files = (...paths: string[]) => {
  const set = new Set(paths);
  return (path: string) => set.has(path);
};

describe('discoverBinaries', () => {
  it('prefers the configured binary path and finds ffprobe beside it', () => {
    const result = discoverBinaries({
      binaryPath: '/opt/ff/ffmpeg',
      env: { FFMPEG_PATH: '/env/ffmpeg', PATH: '/usr/bin' },
      isExecutable: files(
        '/opt/ff/ffmpeg',
        '/opt/ff/ffprobe',
        '/env/ffmpeg',
        '/usr/bin/ffmpeg',
        '/usr/bin/ffprobe',
      ),
    });
    expect(result).toEqual({
      found: true,
      binaries: { ffmpegPath: '/opt/ff/ffmpeg', ffprobePath: '/opt/ff/ffprobe' },
    });
  });

  it('reports a configured path that does not exist, naming the config key', () => {
    const result = discoverBinaries({
      binaryPath: '/nope/ffmpeg',
      env: { PATH: '/usr/bin' },
      isExecutable: files('/usr/bin/ffmpeg', '/usr/bin/ffprobe'),
    });
    expect(result.found).toBe(false);
    if (!result.found) {
      expect(result.reason).toContain(FFMPEG_NOT_FOUND);
      expect(result.reason).toContain('providers.ffmpeg.binary_path');
      expect(result.reason).toContain('/nope/ffmpeg');
    }
  });

  it('uses FFMPEG_PATH and FFPROBE_PATH when nothing is configured', () => {
    const result = discoverBinaries({
      env: { FFMPEG_PATH: '/env/ffmpeg', FFPROBE_PATH: '/env2/ffprobe', PATH: '/usr/bin' },
      isExecutable: files('/env/ffmpeg', '/env2/ffprobe', '/usr/bin/ffmpeg', '/usr/bin/ffprobe'),
    });
    expect(result).toEqual({
      found: true,
      binaries: { ffmpegPath: '/env/ffmpeg', ffprobePath: '/env2/ffprobe' },
    });
  });

  it('falls back to the PATH, in order', () => {
    const result = discoverBinaries({
      env: { PATH: '/a:/b:/c' },
      isExecutable: files('/b/ffmpeg', '/c/ffmpeg', '/c/ffprobe'),
    });
    expect(result).toEqual({ found: true, binaries: { ffmpegPath: '/b/ffmpeg', ffprobePath: '/c/ffprobe' } });
  });

  it('says how to fix it when ffmpeg is nowhere', () => {
    expect(discoverBinaries({ env: { PATH: '/a' }, isExecutable: () => false })).toEqual({
      found: false,
      reason: FFMPEG_NOT_FOUND,
    });
  });

  it('reports a missing ffprobe separately', () => {
    const result = discoverBinaries({ env: { PATH: '/a' }, isExecutable: files('/a/ffmpeg') });
    expect(result.found).toBe(false);
    if (!result.found) expect(result.reason).toMatch(/ffprobe not found.*FFPROBE_PATH/);
  });
});

describe('parseFfmpegVersion', () => {
  it('shortens the first line of ffmpeg -version', () => {
    expect(
      parseFfmpegVersion('ffmpeg version 5.1.9-0+deb12u1 Copyright (c) 2000-2026 the FFmpeg developers'),
    ).toBe('ffmpeg 5.1.9');
    expect(parseFfmpegVersion('ffmpeg version n7.1 Copyright')).toBe('ffmpeg 7.1');
    expect(parseFfmpegVersion('ffmpeg version N-112233-gabcdef Copyright')).toBe('ffmpeg N-112233-gabcdef');
    expect(parseFfmpegVersion('not ffmpeg')).toBeUndefined();
  });
});
