import type { VideoMetadata } from '@remotion/renderer';
import { isExecutableFile } from '../executables.js';
import { discoverBinaries } from '../ffmpeg/binary-discovery.js';
import { probeMedia, type MediaProbe } from '../ffmpeg/ffmpeg-adapter.js';

/**
 * Reads a rendered video with the ffprobe the FFmpeg provider would use (its binary_path,
 * FFMPEG_PATH / FFPROBE_PATH, beside ffmpeg, then the PATH), or with Remotion's own compositor
 * when there is none (the desktop app need not ship one).
 */
export async function probeRenderedVideo(
  path: string,
  env: Readonly<Record<string, string | undefined>>,
  ffmpegBinaryPath?: string,
): Promise<MediaProbe> {
  const found = discoverBinaries({ binaryPath: ffmpegBinaryPath, env, isExecutable: isExecutableFile });
  if (found.found) return probeMedia(found.binaries, path);
  const { getVideoMetadata } = await import('@remotion/renderer');
  return mediaProbeFromRemotion(await getVideoMetadata(path, { logLevel: 'error' }));
}

/** Remotion's metadata as the probe the FFmpeg provider's output check reads. */
export function mediaProbeFromRemotion(meta: VideoMetadata): MediaProbe {
  return {
    // An unknown duration fails the check rather than passing as zero.
    durationSeconds: meta.durationInSeconds ?? Number.NaN,
    streams: [
      {
        type: 'video',
        codec: meta.codec,
        ...(meta.pixelFormat !== null ? { pixelFormat: meta.pixelFormat } : {}),
        width: meta.width,
        height: meta.height,
        fps: meta.fps,
      },
      ...(meta.audioCodec !== null ? [{ type: 'audio', codec: meta.audioCodec }] : []),
    ],
  };
}
