import { QUALITY_PRESETS, type VideoQuality } from '../../../domain/video-quality.js';

export interface EncodeSettings {
  readonly quality: VideoQuality;
  readonly fps: number;
  readonly totalFrames: number;
  readonly videoOutput: string;
  readonly audioOutput: string;
  readonly threads: ThreadSettings;
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
  const preset = QUALITY_PRESETS[quality];
  return [
    '-c:v',
    'libx264',
    '-preset',
    preset.encoderPreset,
    '-crf',
    String(preset.crf),
    '-maxrate',
    `${preset.videoBitrateKbps}k`,
    '-bufsize',
    `${preset.videoBitrateKbps * 2}k`,
    '-pix_fmt',
    'yuv420p',
    '-threads',
    String(encoderThreads),
    '-c:a',
    'aac',
    '-b:a',
    `${preset.audioBitrateKbps}k`,
    '-ar',
    '48000',
    '-ac',
    '2',
    '-movflags',
    '+faststart',
  ];
}

/** Output options for the final MP4: the graph's outputs, exact frame count and the codec settings. */
export function encodeOptions(settings: EncodeSettings): string[] {
  return [
    '-filter_complex_threads',
    String(settings.threads.filter),
    '-map',
    `[${settings.videoOutput}]`,
    '-map',
    `[${settings.audioOutput}]`,
    '-r',
    String(settings.fps),
    '-frames:v',
    String(settings.totalFrames),
    ...codecOptions(settings.quality, settings.threads.encoder),
    '-f',
    'mp4',
  ];
}

/** Options that write the graph's poster frame as one JPEG. */
export function posterOptions(posterOutput: string): string[] {
  return ['-map', `[${posterOutput}]`, '-frames:v', '1', '-q:v', '3', '-f', 'image2', '-update', '1'];
}
