import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { VideoJob } from '../../application/job.js';

/** A media file a job's script refers to, as the worker needs it: by content, and where it sat. */
export interface FarmInput {
  readonly sha256: string;
  readonly sizeBytes: number;
  /** Where the worker places it, relative to its copy of the script's folder. */
  readonly relativePath: string;
  /** For a file outside the script's folder: how the script names it (see FarmJobInput). */
  readonly namedAs?: { readonly absolutePath: string; readonly fromScriptFolder: string };
}

export interface FarmInputFile extends FarmInput {
  readonly path: string;
}

/** The folder, inside the worker's copy of the script folder, for files that lay outside it. */
export const OUTSIDE_MEDIA_FOLDER = '.farm-media';

/** The media paths a parsed script names (absolute once parsed). */
function mediaPathsOf(job: VideoJob): string[] {
  const media = job.script.media;
  if (!media) return [];
  const voice = media.voiceOvers;
  return [media.music, voice?.hook, ...(voice?.mainPoints ?? []), voice?.callToAction].filter(
    (path): path is string => typeof path === 'string',
  );
}

/** A file name safe on any worker, keeping the extension ffmpeg may go by. */
function placedName(path: string): string {
  const name = basename(path)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '');
  return name === '' ? 'media' : name.slice(-120);
}

const posix = (path: string): string => path.split(sep).join('/');

/**
 * The files a worker must fetch to render a job: the script's music and voice-overs. Those in or
 * below the folder its relative paths were resolved against (the script's folder, or the
 * coordinator's working folder for scripts sent as text) keep their place; those outside it
 * (absolute paths, `../…`) go to `.farm-media/<sha256>/<name>`, with how the script named them.
 * Hashes are remembered per file version, so a file used by many jobs is read once.
 */
export class FarmInputs {
  readonly #hashes = new Map<string, string>();

  constructor(private readonly cwd: string = process.cwd()) {}

  of(job: VideoJob): FarmInputFile[] {
    const base = job.scriptPath !== undefined ? dirname(resolve(job.scriptPath)) : this.cwd;
    const inputs: FarmInputFile[] = [];
    for (const path of new Set(mediaPathsOf(job))) {
      const fromBase = relative(base, path);
      if (fromBase === '') continue;
      let stats;
      try {
        stats = statSync(path);
      } catch {
        continue; // missing: the worker's render reports it, naming the field
      }
      if (!stats.isFile()) continue;
      const key = `${path}\0${stats.size}\0${stats.mtimeMs}`;
      let sha256 = this.#hashes.get(key);
      if (sha256 === undefined) {
        sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
        this.#hashes.set(key, sha256);
      }
      const outside = fromBase === '..' || fromBase.startsWith(`..${sep}`) || isAbsolute(fromBase);
      inputs.push(
        outside
          ? {
              sha256,
              sizeBytes: stats.size,
              relativePath: `${OUTSIDE_MEDIA_FOLDER}/${sha256}/${placedName(path)}`,
              namedAs: { absolutePath: path, fromScriptFolder: posix(fromBase) },
              path,
            }
          : { sha256, sizeBytes: stats.size, relativePath: posix(fromBase), path },
      );
    }
    return inputs;
  }
}
