import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Helpers that make and inspect media with the real ffmpeg/ffprobe/tesseract binaries (tests and bench/). */

export const FFMPEG = process.env.FFMPEG_PATH ?? '/usr/bin/ffmpeg';
export const FFPROBE = process.env.FFPROBE_PATH ?? '/usr/bin/ffprobe';
export const HAS_FFMPEG = existsSync(FFMPEG) && existsSync(FFPROBE);
export const TESSERACT = '/usr/bin/tesseract';
export const HAS_TESSERACT = existsSync(TESSERACT);

export interface ProbedStream {
  codec_type: string;
  codec_name: string;
  pix_fmt?: string;
  width?: number;
  height?: number;
  r_frame_rate?: string;
  /** Only with `countFrames`. */
  nb_read_frames?: string;
}

export interface ProbedMedia {
  /** NaN for a still image. */
  readonly durationSeconds: number;
  readonly streams: ProbedStream[];
}

/** The one ffprobe call tests and benches use. `countFrames` decodes every frame to count them. */
export function probe(path: string, options: { countFrames?: boolean } = {}): ProbedMedia {
  const entries = ['codec_type', 'codec_name', 'pix_fmt', 'width', 'height', 'r_frame_rate'];
  if (options.countFrames) entries.push('nb_read_frames');
  const json = execFileSync(
    FFPROBE,
    [
      '-v',
      'error',
      ...(options.countFrames ? ['-count_frames'] : []),
      '-show_entries',
      `format=duration:stream=${entries.join(',')}`,
      '-of',
      'json',
      path,
    ],
    { encoding: 'utf8' },
  );
  const data = JSON.parse(json) as { format?: { duration?: string }; streams: ProbedStream[] };
  return { durationSeconds: Number(data.format?.duration), streams: data.streams };
}

/** One frame at `seconds`, scaled to width × height, as packed RGB bytes. */
export function grabRgb(path: string, seconds: number, width: number, height: number): Buffer {
  return execFileSync(
    FFMPEG,
    [
      '-v',
      'error',
      '-ss',
      String(seconds),
      '-i',
      path,
      '-frames:v',
      '1',
      '-vf',
      `scale=${width}:${height}`,
      '-f',
      'rawvideo',
      '-pix_fmt',
      'rgb24',
      '-',
    ],
    { maxBuffer: width * height * 3 + 1024 },
  );
}

/**
 * The frames at each of `times` (the first frame starting at or after each, as `grabRgb` finds
 * it), scaled to width × height, as packed RGB bytes: one decode for all of them, where a
 * `grabRgb` per time starts ffmpeg and seeks again each time.
 */
export function grabRgbFrames(
  path: string,
  times: readonly number[],
  width: number,
  height: number,
): Buffer[] {
  const video = probe(path).streams.find((s) => s.codec_type === 'video');
  const [num, den] = String(video?.r_frame_rate ?? '')
    .split('/')
    .map(Number);
  if (!num || !den) throw new Error(`${path}: no video frame rate`);
  const frameAt = (t: number) => Math.max(0, Math.ceil((t * num) / den - 1e-6));
  const wanted = [...new Set(times.map(frameAt))].sort((a, b) => a - b);
  const frameBytes = width * height * 3;
  const out = execFileSync(
    FFMPEG,
    [
      '-v',
      'error',
      '-i',
      path,
      '-vf',
      `select='${wanted.map((n) => `eq(n\\,${n})`).join('+')}',scale=${width}:${height}`,
      '-fps_mode',
      'passthrough',
      '-f',
      'rawvideo',
      '-pix_fmt',
      'rgb24',
      '-',
    ],
    { maxBuffer: frameBytes * wanted.length + 1024 },
  );
  const frames = new Map(
    wanted.map((n, i) => [n, out.subarray(i * frameBytes, (i + 1) * frameBytes)] as const),
  );
  return times.map((t) => {
    const frame = frames.get(frameAt(t));
    if (!frame || frame.length !== frameBytes) throw new Error(`${path}: no frame at ${t} s`);
    return frame;
  });
}

export function meanRgb(rgb: Buffer): [number, number, number] {
  const sum = [0, 0, 0];
  for (let i = 0; i < rgb.length; i += 3) {
    sum[0]! += rgb[i]!;
    sum[1]! += rgb[i + 1]!;
    sum[2]! += rgb[i + 2]!;
  }
  const n = rgb.length / 3;
  return [sum[0]! / n, sum[1]! / n, sum[2]! / n];
}

/** Mean volume (dB) of the audio between `from` and `from + seconds`, after an optional filter. */
export function meanVolume(path: string, from: number, seconds: number, filter = 'anull'): number {
  const result = spawnSync(
    FFMPEG,
    [
      '-hide_banner',
      '-ss',
      String(from),
      '-t',
      String(seconds),
      '-i',
      path,
      '-vn',
      '-af',
      `${filter},volumedetect`,
      '-f',
      'null',
      '-',
    ],
    {
      encoding: 'utf8',
    },
  );
  const match = /mean_volume:\s*(-?[\d.]+|-inf) dB/.exec(result.stderr);
  return match ? (match[1] === '-inf' ? Number.NEGATIVE_INFINITY : Number(match[1])) : Number.NaN;
}

/** Writes what an ffmpeg lavfi source makes (`testsrc2=…:d=2`, `sine=…`) to `path`, with `extra` output options. */
export function makeFromLavfi(path: string, source: string, extra: string[] = []): void {
  execFileSync(FFMPEG, ['-v', 'error', '-y', '-f', 'lavfi', '-i', source, ...extra, path]);
}

/** Writes audio from an ffmpeg lavfi source (`sine=…`, `aevalsrc=…`) to `path`. */
export function makeLavfiAudio(path: string, source: string, extra: string[] = []): void {
  makeFromLavfi(path, source, extra);
}

/** Writes one frame of an ffmpeg lavfi source (`color=…`, `testsrc2=…`) to the image `path`. */
export function makeLavfiImage(path: string, source: string, extra: string[] = []): void {
  makeFromLavfi(path, source, ['-frames:v', '1', ...extra]);
}

export function makeTone(path: string, frequency: number, seconds: number, extra: string[] = []): void {
  makeLavfiAudio(path, `sine=f=${frequency}:d=${seconds}`, extra);
}

export function ocr(imagePath: string): string {
  return execFileSync(TESSERACT, [imagePath, '-', '--psm', '6'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** PSNR (dB, average of the planes) of each frame of `b` against the same frame of `a`. */
export function psnrPerFrame(a: string, b: string): number[] {
  const stats = execFileSync(
    FFMPEG,
    ['-v', 'error', '-i', a, '-i', b, '-lavfi', '[0:v][1:v]psnr=stats_file=-', '-f', 'null', '-'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return stats
    .split('\n')
    .filter((line) => line.includes('psnr_avg:'))
    .map((line) => {
      const value = /psnr_avg:(\S+)/.exec(line)![1]!;
      return value === 'inf' ? Number.POSITIVE_INFINITY : Number(value);
    });
}

/** Presentation times (seconds) of the video frames, in display order. */
export function videoFrameTimes(path: string): number[] {
  const csv = execFileSync(
    FFPROBE,
    ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'packet=pts_time', '-of', 'csv=p=0', path],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return csv
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(Number)
    .sort((x, y) => x - y);
}

export interface Loudness {
  readonly integratedLufs: number;
  readonly truePeakDbtp: number;
}

/** ffmpeg's `ebur128` summary of a file's audio: integrated loudness and true peak. */
export function measureLoudness(path: string): Loudness {
  const result = spawnSync(
    FFMPEG,
    ['-hide_banner', '-nostats', '-i', path, '-vn', '-af', 'ebur128=peak=true', '-f', 'null', '-'],
    { encoding: 'utf8' },
  );
  const summary = result.stderr.slice(result.stderr.lastIndexOf('Summary:'));
  const integrated = /I:\s+(-?[\d.]+) LUFS/.exec(summary);
  const peak = /Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary);
  if (!integrated || !peak) throw new Error(`no ebur128 summary for ${path}:\n${result.stderr.slice(-2000)}`);
  return { integratedLufs: Number(integrated[1]), truePeakDbtp: Number(peak[1]) };
}
