import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { VideoJob } from '../../application/job.js';

/** A media file a job's script refers to, as the worker needs it: by content, and where it sat. */
export interface FarmInput {
  readonly sha256: string;
  readonly sizeBytes: number;
  /** Where the script's own text puts it, relative to the script's folder. */
  readonly relativePath: string;
}

export interface FarmInputFile extends FarmInput {
  readonly path: string;
}

/** The media paths a parsed script names (absolute once parsed). */
function mediaPathsOf(job: VideoJob): string[] {
  const media = job.script.media;
  if (!media) return [];
  const voice = media.voiceOvers;
  return [media.music, voice?.hook, ...(voice?.mainPoints ?? []), voice?.callToAction].filter(
    (path): path is string => typeof path === 'string',
  );
}

/**
 * The files a worker must fetch to render a job: the script's music and voice-overs that lie in
 * or below the folder its relative paths were resolved against (the script's folder, or the
 * coordinator's working folder for scripts sent as text). Hashes are remembered per file
 * version, so a file used by many jobs is read once.
 */
export class FarmInputs {
  readonly #hashes = new Map<string, string>();

  constructor(private readonly cwd: string = process.cwd()) {}

  of(job: VideoJob): FarmInputFile[] {
    const base = job.scriptPath !== undefined ? dirname(resolve(job.scriptPath)) : this.cwd;
    const inputs: FarmInputFile[] = [];
    for (const path of new Set(mediaPathsOf(job))) {
      const relativePath = relative(base, path);
      if (relativePath === '' || relativePath.startsWith(`..${sep}`) || relativePath === '..') continue;
      if (isAbsolute(relativePath)) continue;
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
      inputs.push({ sha256, sizeBytes: stats.size, relativePath: relativePath.split(sep).join('/'), path });
    }
    return inputs;
  }
}
