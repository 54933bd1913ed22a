import { dirname, join } from 'node:path';
import { findOnPath } from '../executables.js';

/** The two programs the renderer runs. */
export interface FfmpegBinaries {
  readonly ffmpegPath: string;
  readonly ffprobePath: string;
}

export type BinaryDiscovery =
  | { readonly found: true; readonly binaries: FfmpegBinaries }
  | { readonly found: false; readonly reason: string };

export interface DiscoveryInput {
  /** `providers.ffmpeg.binary_path` from the config, if set. */
  readonly binaryPath?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Tells whether a path is an executable file; injected so discovery is testable. */
  readonly isExecutable: (path: string) => boolean;
}

export const FFMPEG_NOT_FOUND = 'ffmpeg not found: install it or set FFMPEG_PATH';

/**
 * Finds ffmpeg and ffprobe: the configured binary path first, then FFMPEG_PATH / FFPROBE_PATH,
 * then the PATH. A configured path that does not exist is an error rather than a silent fall
 * back to PATH, so a typo in the config is reported instead of hidden.
 */
export function discoverBinaries(input: DiscoveryInput): BinaryDiscovery {
  const { env, isExecutable } = input;
  const configured = input.binaryPath?.trim() || undefined;
  const fromEnv = env.FFMPEG_PATH?.trim() || undefined;

  let ffmpegPath: string | undefined;
  if (configured !== undefined) {
    if (!isExecutable(configured)) {
      return {
        found: false,
        reason: `${FFMPEG_NOT_FOUND} (providers.ffmpeg.binary_path is "${configured}", which is not an executable file)`,
      };
    }
    ffmpegPath = configured;
  } else if (fromEnv !== undefined) {
    if (!isExecutable(fromEnv)) {
      return {
        found: false,
        reason: `${FFMPEG_NOT_FOUND} (FFMPEG_PATH is "${fromEnv}", which is not an executable file)`,
      };
    }
    ffmpegPath = fromEnv;
  } else {
    ffmpegPath = findOnPath('ffmpeg', env.PATH, isExecutable);
  }
  if (ffmpegPath === undefined) return { found: false, reason: FFMPEG_NOT_FOUND };

  const ffprobePath = findFfprobe(ffmpegPath, env, isExecutable);
  if (ffprobePath === undefined) {
    return {
      found: false,
      reason: `ffprobe not found next to ${ffmpegPath}: install it or set FFPROBE_PATH`,
    };
  }
  return { found: true, binaries: { ffmpegPath, ffprobePath } };
}

/** ffprobe from FFPROBE_PATH, else beside ffmpeg (they ship together), else on the PATH. */
function findFfprobe(
  ffmpegPath: string,
  env: Readonly<Record<string, string | undefined>>,
  isExecutable: (path: string) => boolean,
): string | undefined {
  const fromEnv = env.FFPROBE_PATH?.trim() || undefined;
  if (fromEnv !== undefined) return isExecutable(fromEnv) ? fromEnv : undefined;
  const sibling = join(dirname(ffmpegPath), ffmpegPath.endsWith('.exe') ? 'ffprobe.exe' : 'ffprobe');
  if (isExecutable(sibling)) return sibling;
  return findOnPath('ffprobe', env.PATH, isExecutable);
}

/** Short version from the first line of `ffmpeg -version` ("ffmpeg version 5.1.9-0+deb12u1 …"). */
export function parseFfmpegVersion(output: string): string | undefined {
  const match = /ffmpeg version n?(\d+(?:\.\d+)*)/i.exec(output) ?? /ffmpeg version (\S+)/i.exec(output);
  return match ? `ffmpeg ${match[1]}` : undefined;
}
