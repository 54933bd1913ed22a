import { QUALITY_PRESETS, type VideoQuality } from '#core/video-quality.js';

export interface EncodeSettings {
  readonly quality: VideoQuality;
  readonly fps: number;
  readonly totalFrames: number;
  readonly videoOutput: string;
  /** The soundtrack's label; without one the file is a video-only part to be joined later. */
  readonly audioOutput?: string;
  readonly threads: ThreadSettings;
  /** A platform's lower bitrate cap (kbit/s) in place of the quality's; undefined: the quality's. */
  readonly videoBitrateCapKbps?: number;
}

export interface ThreadSettings {
  /** x264 threads. */
  readonly encoder: number;
  /** Threads for slice-threaded filters (xfade, fade, overlay). */
  readonly filter: number;
}

/**
 * Threads that keep a small machine usable: on ≤ 4 cores x264 gets one thread per core (its
 * default, 1.5 × cores, starves the filter graph, which runs on ffmpeg's main thread in 5.x and
 * sets the pace) and filters get two; bigger machines leave one core free.
 */
export function threadsFor(cores: number): ThreadSettings {
  const n = Math.max(1, Math.floor(cores));
  if (n <= 4) return { encoder: n, filter: Math.min(2, n) };
  return { encoder: n - 1, filter: Math.min(4, n - 1) };
}

/**
 * Codec settings of the final MP4: H.264 yuv420p at the preset's x264 speed and CRF, capped at
 * the preset bitrate so one busy scene cannot blow up the file; AAC stereo at 48 kHz; moov atom
 * first so players can start before the download ends. The benchmark's reference command uses
 * exactly these, so the two encode alike.
 */
export function codecOptions(quality: VideoQuality, encoderThreads: number): string[] {
  return [...videoCodecOptions(quality, encoderThreads), ...audioCodecOptions(quality), ...FASTSTART];
}

const FASTSTART = ['-movflags', '+faststart'];

function videoCodecOptions(quality: VideoQuality, encoderThreads: number, bitrateCapKbps?: number): string[] {
  const preset = QUALITY_PRESETS[quality];
  const maxrate = bitrateCapKbps ?? preset.videoBitrateKbps;
  return [
    '-c:v',
    'libx264',
    '-preset',
    preset.encoderPreset,
    '-crf',
    String(preset.crf),
    '-maxrate',
    `${maxrate}k`,
    '-bufsize',
    `${maxrate * 2}k`,
    '-pix_fmt',
    'yuv420p',
    '-threads',
    String(encoderThreads),
  ];
}

function audioCodecOptions(quality: VideoQuality): string[] {
  const preset = QUALITY_PRESETS[quality];
  return ['-c:a', 'aac', '-b:a', `${preset.audioBitrateKbps}k`, '-ar', '48000', '-ac', '2'];
}

/**
 * Output options for the graph's video: the final MP4 (with the soundtrack, moov first) or, without
 * an audio label, a video-only part that `joinOptions` later puts together with the others.
 */
export function encodeOptions(settings: EncodeSettings): string[] {
  const { audioOutput } = settings;
  return [
    '-filter_complex_threads',
    String(settings.threads.filter),
    '-map',
    `[${settings.videoOutput}]`,
    ...(audioOutput === undefined ? [] : ['-map', `[${audioOutput}]`]),
    '-r',
    String(settings.fps),
    '-frames:v',
    String(settings.totalFrames),
    ...videoCodecOptions(settings.quality, settings.threads.encoder, settings.videoBitrateCapKbps),
    ...(audioOutput === undefined ? [] : [...audioCodecOptions(settings.quality), ...FASTSTART]),
    '-f',
    'mp4',
  ];
}

/** The soundtrack alone, AAC in MP4, for a render encoded in parts. */
export function soundtrackOptions(quality: VideoQuality, audioOutput: string): string[] {
  return ['-map', `[${audioOutput}]`, ...audioCodecOptions(quality), '-f', 'mp4'];
}

/**
 * Output options that put the joined video parts (input 0) and the soundtrack (input 1) into the
 * final MP4 without re-encoding: the parts share every codec setting, so their H.264 streams
 * follow each other as they are.
 */
export function joinOptions(): string[] {
  return ['-map', '0:v:0', '-map', '1:a:0', '-c', 'copy', ...FASTSTART, '-f', 'mp4'];
}

/** One file of a concat list and its exact length. */
export interface ConcatEntry {
  readonly path: string;
  readonly durationSeconds: number;
}

/**
 * A concat demuxer list naming each file (absolute paths) in order, with its exact duration: the
 * demuxer starts the next file where the previous one ends, and an MP4's own duration is rounded
 * to milliseconds, which would put every frame after a seam a fraction of a frame late. Each path
 * is a `file:` URL so no part of it reads as a protocol, quoted the demuxer's way (a quote is `'\''`).
 */
export function concatList(entries: readonly ConcatEntry[]): string {
  return entries
    .map(
      ({ path, durationSeconds }) =>
        `file 'file:${path.replaceAll("'", "'\\''")}'\nduration ${durationSeconds.toFixed(6)}\n`,
    )
    .join('');
}

/** Options that write the graph's poster frame as one JPEG. */
export function posterOptions(posterOutput: string): string[] {
  return ['-map', `[${posterOutput}]`, '-frames:v', '1', '-q:v', '3', '-f', 'image2', '-update', '1'];
}
