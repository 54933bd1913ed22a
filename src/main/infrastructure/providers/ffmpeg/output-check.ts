import type { MediaProbe } from './ffmpeg-adapter.js';

export interface ExpectedOutput {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly durationSeconds: number;
}

/**
 * Everything wrong with a finished render, empty when it is what was asked for. A file that
 * fails here is never renamed into place.
 */
export function checkRenderedOutput(probe: MediaProbe, expected: ExpectedOutput): string[] {
  const problems: string[] = [];
  const video = probe.streams.find((s) => s.type === 'video');
  const audio = probe.streams.find((s) => s.type === 'audio');
  if (!video) problems.push('no video stream');
  else {
    if (video.codec !== 'h264') problems.push(`video codec is ${video.codec ?? 'unknown'}, expected h264`);
    if (video.pixelFormat !== 'yuv420p')
      problems.push(`pixel format is ${video.pixelFormat ?? 'unknown'}, expected yuv420p`);
    if (video.width !== expected.width || video.height !== expected.height) {
      problems.push(`frame is ${video.width}×${video.height}, expected ${expected.width}×${expected.height}`);
    }
    if (video.fps === undefined || Math.abs(video.fps - expected.fps) > 0.01) {
      problems.push(`frame rate is ${video.fps ?? 'unknown'}, expected ${expected.fps}`);
    }
  }
  if (!audio) problems.push('no audio stream');
  else if (audio.codec !== 'aac') problems.push(`audio codec is ${audio.codec ?? 'unknown'}, expected aac`);
  // One frame of slack: AAC frames (21 ms) make the container a little longer than the video.
  const tolerance = 1 / expected.fps + 0.05;
  if (!(Math.abs(probe.durationSeconds - expected.durationSeconds) <= tolerance)) {
    problems.push(`duration is ${probe.durationSeconds} s, expected ${expected.durationSeconds} s`);
  }
  return problems;
}
