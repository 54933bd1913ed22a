import type { VideoMetadata } from '@remotion/renderer';
import { describe, expect, it } from 'vitest';
import { checkRenderedOutput } from '../ffmpeg/output-check.js';
import { mediaProbeFromRemotion } from './probe-video.js';

const meta: VideoMetadata = {
  fps: 30,
  width: 540,
  height: 960,
  durationInSeconds: 6.04,
  codec: 'h264',
  canPlayInVideoTag: true,
  supportsSeeking: true,
  colorSpace: 'bt709',
  audioCodec: 'aac',
  audioFileExtension: 'aac',
  pixelFormat: 'yuv420p',
};
const expected = { width: 540, height: 960, fps: 30, durationSeconds: 6 };

describe('mediaProbeFromRemotion', () => {
  it('maps a video and its audio to the probe the output check reads', () => {
    const probe = mediaProbeFromRemotion(meta);
    expect(probe).toEqual({
      durationSeconds: 6.04,
      streams: [
        { type: 'video', codec: 'h264', pixelFormat: 'yuv420p', width: 540, height: 960, fps: 30 },
        { type: 'audio', codec: 'aac' },
      ],
    });
    expect(checkRenderedOutput(probe, expected)).toEqual([]);
  });

  it('leaves out what Remotion could not read, so the check reports it', () => {
    const probe = mediaProbeFromRemotion({
      ...meta,
      durationInSeconds: null,
      pixelFormat: null,
      audioCodec: null,
    });
    expect(probe.streams).toEqual([{ type: 'video', codec: 'h264', width: 540, height: 960, fps: 30 }]);
    expect(checkRenderedOutput(probe, expected)).toEqual([
      'pixel format is unknown, expected yuv420p',
      'no audio stream',
      'duration is NaN s, expected 6 s',
    ]);
  });
});
