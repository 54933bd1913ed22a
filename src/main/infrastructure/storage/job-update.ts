import type { JobUpdate, VideoJob } from '../../application/job.js';
import { ReelforgeError } from '#core/errors.js';

/**
 * The job after an update: defined values replace the old ones, `undefined` values leave them
 * alone, and fields named in `clear` are removed. Setting and clearing one field at once is a
 * caller bug and throws rather than guessing which was meant.
 */
export function applyJobUpdate(job: VideoJob, update: JobUpdate): VideoJob {
  const { clear = [], ...changes } = update;
  for (const field of clear) {
    if (changes[field] !== undefined) {
      throw new ReelforgeError(`update of job ${job.id}: "${field}" is both set and cleared`);
    }
  }
  const next: Record<string, unknown> = { ...job };
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) next[key] = value;
  }
  for (const field of clear) delete next[field];
  return next as unknown as VideoJob;
}
