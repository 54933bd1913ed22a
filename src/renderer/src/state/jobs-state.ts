import { isActiveStatus } from '#core/video-status.js';
import type { JobEventPayload, VideoJob } from '#shared/api-types.js';

/**
 * Applies a job event to a list. Progress events carry only id, progress and stage: they are
 * merged into the job already known (and dropped for jobs the list does not hold).
 */
export function applyJobEvent(jobs: readonly VideoJob[], event: JobEventPayload): VideoJob[] {
  switch (event.type) {
    case 'job-added':
    case 'job-updated':
      return jobs.some((j) => j.id === event.job.id)
        ? jobs.map((j) => (j.id === event.job.id ? event.job : j))
        : [...jobs, event.job];
    case 'job-removed':
      return jobs.filter((j) => j.id !== event.jobId);
    case 'job-progress':
      return jobs.map((j) =>
        j.id === event.jobId
          ? // A late progress event must not turn a finished job back into a running one.
            isActiveStatus(j.status)
            ? {
                ...j,
                progress: Math.max(0, Math.min(1, event.progress)),
                stage: event.stage,
                status: 'running',
              }
            : j
          : j,
      );
  }
}

export function isActiveJob(job: VideoJob): boolean {
  return isActiveStatus(job.status);
}

/** Running first, then queued in queue order, then finished ones newest first. */
export function sortQueue(jobs: readonly VideoJob[]): VideoJob[] {
  const rank = (j: VideoJob) => (j.status === 'running' ? 0 : j.status === 'queued' ? 1 : 2);
  return [...jobs].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (rank(a) === 2) return (b.completedAt ?? b.createdAt).localeCompare(a.completedAt ?? a.createdAt);
    return a.createdAt.localeCompare(b.createdAt);
  });
}

/** Keeps every active job and at most `keepFinished` finished ones, so the queue stays short. */
export function trimFinished(jobs: readonly VideoJob[], keepFinished: number): VideoJob[] {
  const sorted = sortQueue(jobs);
  let finished = 0;
  return sorted.filter((j) => isActiveJob(j) || finished++ < keepFinished);
}
