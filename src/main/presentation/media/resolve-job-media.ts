import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { isInside } from '../../application/path-inside.js';
import type { VideoJob } from '../../application/job.js';
import { parseMediaJobId } from './media-job-id.js';
import { mediaMimeType } from './media-mime-types.js';
import type { MediaKind, ResolvedMedia } from './media-types.js';

/** The one thing media resolution needs from the service: a job row by exact id. */
export interface JobLookup {
  getJob(jobId: string): VideoJob;
}

function recordedPath(job: VideoJob, kind: MediaKind): string | undefined {
  return kind === 'video' ? job.result?.outputPath : job.result?.thumbnailPath;
}

async function realPathOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await realpath(path);
  } catch {
    return undefined;
  }
}

/**
 * Resolves a job id from a media URL to the file the history recorded for it, refusing
 * everything else. The rule:
 *
 * 1. the id is a plain id (see `parseMediaJobId`) naming exactly one job row — no prefixes;
 * 2. the job has a result with a recorded absolute path for this kind, and that path lies
 *    lexically inside the job's own `options.outputDir`;
 * 3. the extension is one served for this kind (mp4/webm/mov/json, jpg/png/webp);
 * 4. after resolving symlinks, the file still lies inside the real output folder — a symlink
 *    planted there (or a result file replaced by one) pointing elsewhere is refused, while a
 *    symlinked output folder itself (e.g. ~/Videos on another disk) keeps working;
 * 5. it is a regular file.
 *
 * Returns undefined for every refusal: callers answer 404 without saying which rule failed.
 */
export async function resolveJobMedia(
  service: JobLookup,
  rawJobId: string,
  kind: MediaKind,
): Promise<ResolvedMedia | undefined> {
  const id = parseMediaJobId(rawJobId);
  if (!id) return undefined;
  let job: VideoJob;
  try {
    job = service.getJob(id);
  } catch {
    return undefined;
  }
  // getJob also accepts unique prefixes (for the CLI); media wants the exact id.
  if (job.id !== id) return undefined;

  const recorded = recordedPath(job, kind);
  const outputDir = job.options.outputDir;
  if (!recorded || !isAbsolute(recorded) || !isAbsolute(outputDir)) return undefined;
  if (recorded.includes('\0') || !isInside(resolve(outputDir), resolve(recorded))) return undefined;
  const mimeType = mediaMimeType(recorded, kind);
  if (!mimeType) return undefined;

  const [realFile, realDir] = await Promise.all([
    realPathOrUndefined(recorded),
    realPathOrUndefined(outputDir),
  ]);
  if (!realFile || !realDir || !isInside(realDir, realFile)) return undefined;
  // The real file must carry an allowed extension too (a link named .mp4 to a .txt is refused).
  if (mediaMimeType(realFile, kind) !== mimeType) return undefined;
  const info = await stat(realFile).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  return { path: realFile, mimeType, size: info.size, dev: info.dev, ino: info.ino };
}
