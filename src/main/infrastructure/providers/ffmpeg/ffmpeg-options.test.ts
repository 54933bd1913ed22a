import { describe, expect, it } from 'vitest';
import { readFfmpegOptions } from './ffmpeg-options.js';

describe('readFfmpegOptions', () => {
  it('accepts the documented options and ignores other keys', () => {
    expect(
      readFfmpegOptions({
        parts: 1,
        threads: 4,
        transitionEngine: 'xfade',
        skippedFrames: false,
        backgrounds: { fire: '/pictures/fire.jpg' },
        fontsDir: '/fonts',
        tempDir: '/scratch',
        something_else: true,
      }),
    ).toMatchObject({
      parts: 1,
      threads: 4,
      transitionEngine: 'xfade',
      skippedFrames: false,
      backgrounds: { fire: '/pictures/fire.jpg' },
    });
    expect(readFfmpegOptions({})).toEqual({});
  });

  it('names the config field and what it expects when a value is wrong', () => {
    expect(() => readFfmpegOptions({ parts: 'two' })).toThrow(
      'providers.ffmpeg.parts: expected a whole number from 1 to 8',
    );
    expect(() => readFfmpegOptions({ parts: 0, threads: 2.5 })).toThrow(
      'providers.ffmpeg.threads: expected a whole number from 1 to 64; providers.ffmpeg.parts: expected a whole number from 1 to 8',
    );
    expect(() => readFfmpegOptions({ transitionEngine: 'fast' })).toThrow(
      'providers.ffmpeg.transitionEngine: expected "overlay" or "xfade"',
    );
    expect(() => readFfmpegOptions({ skippedFrames: 'no' })).toThrow(
      'providers.ffmpeg.skippedFrames: expected true or false',
    );
    expect(() => readFfmpegOptions({ backgrounds: { fire: 3 } })).toThrow(
      /providers\.ffmpeg\.backgrounds\.fire: expected a path/,
    );
  });
});
