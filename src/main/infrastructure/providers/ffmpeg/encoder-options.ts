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
 * Output options for the final MP4: H.264 yuv420p at the preset's x264 speed and CRF, capped at
 * the preset bitrate so one busy scene cannot blow up the file; AAC stereo at 48 kHz; moov atom
 * first so players can start before the download ends.
 */
export function encodeOptions(settings: EncodeSettings): string[] {
  const preset = QUALITY_PRESETS[settings.quality];
  return [
    '-filter_complex_threads',
    String(settings.threads.filter),
    '-map',
    `[${settings.videoOutput}]`,
    '-map',
    `[${settings.audioOutput}]`,
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
    '-r',
    String(settings.fps),
    '-frames:v',
    String(settings.totalFrames),
    '-threads',
    String(settings.threads.encoder),
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
    '-f',
    'mp4',
  ];
}

/** Options that turn one frame of a video (the input, sought with `-ss`) into a JPEG poster. */
export function posterOptions(): string[] {
  return ['-frames:v', '1', '-q:v', '3', '-f', 'image2', '-update', '1'];
}
