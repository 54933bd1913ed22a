import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findOnPath, isExecutableFile } from '../executables.js';

const run = promisify(execFile);

export interface ProbedVideo {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly durationSeconds: number;
  readonly videoCodec: string;
  readonly pixelFormat: string;
  readonly audioCodec?: string;
}

export interface ExpectedVideo {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly durationSeconds: number;
}

/** ffprobe from FFPROBE_PATH or the PATH; undefined when there is none. */
export function findFfprobe(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const fromEnv = env.FFPROBE_PATH?.trim();
  if (fromEnv) return isExecutableFile(fromEnv) ? fromEnv : undefined;
  return findOnPath('ffprobe', env.PATH, isExecutableFile);
}

interface FfprobeJson {
  streams?: {
    codec_type?: string;
    codec_name?: string;
    width?: number;
    height?: number;
    pix_fmt?: string;
    r_frame_rate?: string;
    duration?: string;
  }[];
  format?: { duration?: string };
}

/**
 * Reads a video's streams with ffprobe, or with Remotion's own compositor when no ffprobe is
 * installed (the desktop app need not ship one).
 */
export async function probeVideo(
  path: string,
  ffprobe: string | undefined,
  signal?: AbortSignal,
): Promise<ProbedVideo> {
  if (ffprobe === undefined) return probeWithRemotion(path);
  const { stdout } = await run(
    ffprobe,
    ['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', path],
    { signal, maxBuffer: 4 * 1024 * 1024 },
  );
  const data = JSON.parse(stdout) as FfprobeJson;
  const video = data.streams?.find((s) => s.codec_type === 'video');
  const audio = data.streams?.find((s) => s.codec_type === 'audio');
  if (!video) throw new Error(`ffprobe found no video stream in ${path}`);
  const [num, den] = (video.r_frame_rate ?? '0/1').split('/').map(Number);
  return {
    width: video.width ?? 0,
    height: video.height ?? 0,
    fps: den ? num! / den : 0,
    durationSeconds: Number(data.format?.duration ?? video.duration ?? 0),
    videoCodec: video.codec_name ?? 'unknown',
    pixelFormat: video.pix_fmt ?? 'unknown',
    ...(audio?.codec_name ? { audioCodec: audio.codec_name } : {}),
  };
}

async function probeWithRemotion(path: string): Promise<ProbedVideo> {
  const { getVideoMetadata } = await import('@remotion/renderer');
  const meta = await getVideoMetadata(path, { logLevel: 'error' });
  return {
    width: meta.width,
    height: meta.height,
    fps: meta.fps,
    durationSeconds: meta.durationInSeconds ?? 0,
    videoCodec: meta.codec,
    pixelFormat: meta.pixelFormat ?? 'unknown',
    ...(meta.audioCodec ? { audioCodec: meta.audioCodec } : {}),
  };
}

/**
 * What is wrong with a rendered file, or an empty list. Duration may differ from the timeline by
 * up to one frame plus AAC padding (0.1 s).
 */
export function outputProblems(probed: ProbedVideo, expected: ExpectedVideo): string[] {
  const problems: string[] = [];
  if (probed.width !== expected.width || probed.height !== expected.height) {
    problems.push(`size ${probed.width}×${probed.height}, expected ${expected.width}×${expected.height}`);
  }
  if (Math.abs(probed.fps - expected.fps) > 0.01)
    problems.push(`${probed.fps} fps, expected ${expected.fps}`);
  if (Math.abs(probed.durationSeconds - expected.durationSeconds) > 0.1) {
    problems.push(
      `duration ${probed.durationSeconds.toFixed(3)} s, expected ${expected.durationSeconds.toFixed(3)} s`,
    );
  }
  if (probed.videoCodec !== 'h264') problems.push(`video codec ${probed.videoCodec}, expected h264`);
  if (probed.audioCodec === undefined) problems.push('no audio stream');
  return problems;
}
