import type { ProviderSettings } from '#core/config.js';
import { isExecutableFile } from '../executables.js';
import { discoverBinaries, type FfmpegBinaries } from '../ffmpeg/binary-discovery.js';
import { probeMedia, type MediaProbe } from '../ffmpeg/ffmpeg-adapter.js';
import { CloudCallError } from './call-error.js';

/** ffmpeg/ffprobe as the FFmpeg provider finds them (its binary_path, FFMPEG_PATH, PATH). */
export function findBinaries(
  ffmpegSettings: ProviderSettings,
  env: Readonly<Record<string, string | undefined>>,
): { binaries?: FfmpegBinaries; reason?: string } {
  const discovery = discoverBinaries({
    binaryPath: ffmpegSettings.binaryPath,
    env: env as NodeJS.ProcessEnv,
    isExecutable: isExecutableFile,
  });
  return discovery.found ? { binaries: discovery.binaries } : { reason: discovery.reason };
}

/**
 * Checks with ffprobe that a downloaded file is a playable video (a video stream, a duration),
 * so a truncated or wrong file is never renamed into place. Returns the probe.
 */
export async function checkVideoFile(
  binaries: FfmpegBinaries,
  path: string,
  what: string,
): Promise<MediaProbe> {
  let probe: MediaProbe;
  try {
    probe = await probeMedia(binaries, path);
  } catch {
    throw new CloudCallError('malformed', `${what} is not a readable video (ffprobe failed)`);
  }
  const video = probe.streams.find((s) => s.type === 'video');
  if (!video || !(probe.durationSeconds > 0)) {
    throw new CloudCallError('malformed', `${what} has no video or no duration`);
  }
  return probe;
}
