import { describe, expect, it } from 'vitest';
import type { MediaProbe } from './ffmpeg-adapter.js';
import { checkRenderedOutput } from './output-check.js';

const good: MediaProbe = {
  durationSeconds: 30.02,
  streams: [
    { type: 'video', codec: 'h264', pixelFormat: 'yuv420p', width: 1080, height: 1920, fps: 30 },
    { type: 'audio', codec: 'aac' },
  ],
};
const expected = { width: 1080, height: 1920, fps: 30, durationSeconds: 30 };

describe('checkRenderedOutput', () => {
  it('accepts a render that matches', () => {
    expect(checkRenderedOutput(good, expected)).toEqual([]);
  });

  it('lists every mismatch', () => {
    const bad: MediaProbe = {
      durationSeconds: 25,
      streams: [{ type: 'video', codec: 'hevc', pixelFormat: 'yuv444p', width: 540, height: 960, fps: 25 }],
    };
    const problems = checkRenderedOutput(bad, expected);
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(
      /hevc[\s\S]*yuv444p[\s\S]*540×960[\s\S]*25[\s\S]*no audio[\s\S]*duration is 25/,
    );
  });

  it('rejects an unknown duration', () => {
    expect(checkRenderedOutput({ ...good, durationSeconds: Number.NaN }, expected)).toEqual([
      'duration is NaN s, expected 30 s',
    ]);
  });
});
