import type { ProviderRegistry } from '#core/registry.js';
import type { VideoJob } from '../job.js';
import type { JobStore } from './job-store.js';

export interface RecoveryReport {
  /** Jobs that were running in a process that is gone; now "interrupted". */
  readonly interrupted: readonly VideoJob[];
  /** Remote renders of a process that is gone, queued again to resume from their checkpoint. */
  readonly resumable: readonly VideoJob[];
  /** Queued jobs of a process that is gone, now run by this one. */
  readonly adopted: readonly VideoJob[];
}

export interface CrashRecoveryDeps {
  readonly store: JobStore;
  readonly registry: ProviderRegistry;
  /** This process. */
  readonly pid: number;
  readonly isProcessAlive: (pid: number) => boolean;
  /** Take over queued jobs whose owner process has died (the desktop app does, the CLI does not). */
  readonly adoptOrphanedJobs: boolean;
}

/**
 * At start, settles what a previous process left behind: jobs it left "running" become
 * "interrupted", or queued to resume when their provider can pick the remote render up; queued
 * jobs of a dead owner are adopted when asked.
 */
export function recoverJobs(deps: CrashRecoveryDeps): RecoveryReport {
  const { store, pid, isProcessAlive: alive } = deps;
  const interrupted: VideoJob[] = [];
  const resumable: VideoJob[] = [];
  const adopted: VideoJob[] = [];
  for (const job of store.jobs.listRunning()) {
    if (job.ownerPid !== undefined && job.ownerPid !== pid && alive(job.ownerPid)) continue;
    if (job.checkpoint && job.providerId && deps.registry.get(job.providerId)?.resumable) {
      // The remote render went on without us: queue the job again to pick it up where it is.
      resumable.push(
        store.update(job.id, {
          status: 'queued',
          stage: `waiting to resume at ${job.providerId}`,
          clear: ['ownerPid', 'startedAt'],
        }),
      );
      continue;
    }
    interrupted.push(
      store.update(job.id, {
        status: 'interrupted',
        stage: 'interrupted',
        completedAt: store.now(),
        error: {
          code: 'interrupted',
          message: 'Reelforge stopped while this job was running; retry it to render again',
        },
        clear: ['ownerPid'],
      }),
    );
  }
  if (deps.adoptOrphanedJobs) {
    for (const job of store.jobs.listQueued()) {
      const orphan = job.ownerPid === undefined || (job.ownerPid !== pid && !alive(job.ownerPid));
      if (orphan) adopted.push(store.update(job.id, { ownerPid: pid }));
    }
  }
  return { interrupted, resumable, adopted };
}

/** True when a process with this pid exists (signal 0 checks without signalling). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
