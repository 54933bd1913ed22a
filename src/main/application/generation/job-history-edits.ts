import { ReelforgeError } from '#core/errors.js';
import { isRetryableStatus } from '#core/video-status.js';
import type { VideoJob } from '../job.js';
import type { OutputFileRemover } from '../ports.js';
import type { JobStore } from './job-store.js';

/**
 * Puts a failed, cancelled or interrupted job back in the queue with the same script and options,
 * owned by `ownerPid`, with everything the last attempt left (error, result, provider) cleared.
 */
export function requeueJob(job: VideoJob, deps: { store: JobStore; ownerPid: number }): VideoJob {
  if (!isRetryableStatus(job.status)) {
    throw new ReelforgeError(
      `job ${job.id} is ${job.status}; only failed, cancelled or interrupted jobs can be retried`,
    );
  }
  return deps.store.update(job.id, {
    status: 'queued',
    progress: 0,
    stage: 'queued',
    fallbackTrail: [],
    ownerPid: deps.ownerPid,
    clear: ['error', 'result', 'providerId', 'startedAt', 'completedAt', 'checkpoint', 'cost'],
  });
}

/** Removes an ended job from history, and its files when asked. Queued or running jobs are refused. */
export async function deleteEndedJob(
  job: VideoJob,
  deleteFiles: boolean,
  deps: { store: JobStore; files: OutputFileRemover },
): Promise<void> {
  if (job.status === 'running' || job.status === 'queued') {
    throw new ReelforgeError(`job ${job.id} is ${job.status}; cancel it before deleting it`);
  }
  if (deleteFiles && job.result) {
    const { outputPath, thumbnailPath, extraFiles = [] } = job.result;
    const paths = [outputPath, thumbnailPath, ...extraFiles].filter((p): p is string => Boolean(p));
    // Only what lies in the folder the job rendered into: the history is not trusted to name files.
    await deps.files.removeInside(job.options.outputDir, paths);
  }
  deps.store.remove(job.id);
}
