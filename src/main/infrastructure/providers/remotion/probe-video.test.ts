import { describe, expect, it } from 'vitest';
import { outputProblems, type ProbedVideo } from './probe-video.js';

const good: ProbedVideo = {
  width: 540,
  height: 960,
  fps: 30,
  durationSeconds: 6.04,
  videoCodec: 'h264',
  pixelFormat: 'yuv420p',
  audioCodec: 'aac',
};
const expected = { width: 540, height: 960, fps: 30, durationSeconds: 6 };

describe('outputProblems', () => {
  it('accepts a file within 0.1 s of the timeline', () => {
    expect(outputProblems(good, expected)).toEqual([]);
  });

  it('lists every difference', () => {
    const problems = outputProblems(
      { ...good, width: 1080, fps: 25, durationSeconds: 5.5, videoCodec: 'hevc', audioCodec: undefined },
      expected,
    );
    expect(problems).toEqual([
      'size 1080×960, expected 540×960',
      '25 fps, expected 30',
      'duration 5.500 s, expected 6.000 s',
      'video codec hevc, expected h264',
      'no audio stream',
    ]);
  });
});
