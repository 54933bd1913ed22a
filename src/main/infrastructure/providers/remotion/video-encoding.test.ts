import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS, videoBitrateCapKbps } from '#core/platform-presets.js';
import { QUALITY_PRESETS, VIDEO_QUALITIES } from '#core/video-quality.js';
import { encodeOptions } from '../ffmpeg/encoder-options.js';
import { remotionVideoEncoding } from './video-encoding.js';

/** The value after `flag` in an ffmpeg argument list. */
const after = (args: readonly string[], flag: string) => args[args.indexOf(flag) + 1];

describe('remotionVideoEncoding', () => {
  it('caps a platform render at the platform bitrate', () => {
    expect(remotionVideoEncoding('high', 'tiktok')).toEqual({
      crf: QUALITY_PRESETS.high.crf,
      x264Preset: QUALITY_PRESETS.high.encoderPreset,
      encodingMaxRate: '8000k',
      encodingBufferSize: '16000k',
    });
  });

  it('gives x264 what the FFmpeg renderer gives it, for every quality and platform', () => {
    for (const quality of VIDEO_QUALITIES) {
      for (const platform of PLATFORM_IDS) {
        const ffmpeg = encodeOptions({
          quality,
          fps: 30,
          totalFrames: 30,
          videoOutput: 'v',
          threads: { encoder: 1, filter: 1 },
          videoBitrateCapKbps: videoBitrateCapKbps(quality, platform),
        });
        const remotion = remotionVideoEncoding(quality, platform);
        expect([
          remotion.crf,
          remotion.x264Preset,
          remotion.encodingMaxRate,
          remotion.encodingBufferSize,
        ]).toEqual([
          Number(after(ffmpeg, '-crf')),
          after(ffmpeg, '-preset'),
          after(ffmpeg, '-maxrate'),
          after(ffmpeg, '-bufsize'),
        ]);
      }
    }
  });
});
