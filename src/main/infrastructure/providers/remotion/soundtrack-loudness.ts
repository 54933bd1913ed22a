import { rename, rm } from 'node:fs/promises';
import { ProviderError } from '#core/errors.js';
import { PLATFORM_PRESETS, type LoudnessTarget, type PlatformId } from '#core/platform-presets.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import { isExecutableFile } from '../executables.js';
import { loudnessFilter } from '../ffmpeg/audio-graph.js';
import { discoverBinaries } from '../ffmpeg/binary-discovery.js';
import { runFfmpeg } from '../ffmpeg/ffmpeg-adapter.js';
import { REMOTION_PROVIDER_ID } from './render-errors.js';

/**
 * The loudness a Remotion render's soundtrack must be brought to: the platform's target when one
 * is chosen and there is anything to hear (music or a voice); silence stays silence, as in the
 * FFmpeg renderer.
 */
export function soundtrackLoudnessTarget(
  timeline: Pick<VideoTimeline, 'musicPath' | 'scenes'>,
  platform: PlatformId | undefined,
): LoudnessTarget | undefined {
  if (platform === undefined) return undefined;
  const audible =
    timeline.musicPath !== undefined || timeline.scenes.some((s) => s.voiceOverPath !== undefined);
  return audible ? PLATFORM_PRESETS[platform].loudness : undefined;
}

export interface LoudnessPass {
  /** The rendered MP4, replaced in place by the normalised one. */
  readonly videoPath: string;
  readonly target: LoudnessTarget;
  readonly audioBitrateKbps: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly ffmpegBinaryPath?: string;
  readonly signal: AbortSignal;
}

/**
 * Brings the soundtrack of a rendered MP4 to the platform loudness with the same one-pass
 * `loudnorm` the FFmpeg renderer puts at the end of its mix (Remotion mixes in the browser and has
 * no such step). The picture is copied untouched; the result is written under a temp name beside
 * the video and renamed over it.
 */
export async function normalizeSoundtrackLoudness(pass: LoudnessPass): Promise<void> {
  const found = discoverBinaries({
    binaryPath: pass.ffmpegBinaryPath,
    env: pass.env,
    isExecutable: isExecutableFile,
  });
  if (!found.found) {
    throw new ProviderError(
      REMOTION_PROVIDER_ID,
      `the platform's loudness (${pass.target.integratedLufs} LUFS) needs ffmpeg for the final mix: ${found.reason}`,
      { code: 'unavailable', retryable: false },
    );
  }
  const temp = pass.videoPath.replace(/\.mp4$/, '.loudness.mp4');
  try {
    await runFfmpeg(
      found.binaries,
      {
        inputs: [{ path: pass.videoPath, options: [] }],
        outputs: [
          {
            path: temp,
            options: [
              ['-map', '0:v'],
              ['-map', '0:a'],
              ['-map_metadata', '0'],
              ['-c:v', 'copy'],
              // The encoder takes planar float stereo; loudnorm alone leaves the layout open to ffmpeg's choice.
              ['-af', `${loudnessFilter(pass.target)},aformat=sample_fmts=fltp:channel_layouts=stereo`],
              ['-c:a', 'aac'],
              ['-b:a', `${pass.audioBitrateKbps}k`],
              ['-movflags', '+faststart'],
            ].flat(),
          },
        ],
      },
      { signal: pass.signal },
    );
    await rename(temp, pass.videoPath);
  } finally {
    await rm(temp, { force: true });
  }
}
