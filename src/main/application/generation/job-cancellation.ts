import { CancelledError, ReelforgeError } from '#core/errors.js';
import type { ProviderRegistry } from '#core/registry.js';
import { isTerminalStatus } from '#core/video-status.js';
import type { CancelRequestRepository, VideoJob } from '../job.js';
import type { ActiveJobs } from './active-jobs.js';
import type { JobStore } from './job-store.js';
import type { JobWaiters } from './job-waiters.js';

/** How long `cancel` waits for another process to stop a job it asked it to stop. */
const OTHER_PROCESS_WAIT_MS = 5_000;

export interface JobCancellationDeps {
  readonly store: JobStore;
  readonly registry: ProviderRegistry;
  readonly active: ActiveJobs;
  readonly waiters: JobWaiters;
  readonly cancelRequests: CancelRequestRepository;
}

/**
 * Cancels a job wherever it is: running here (abort and wait for the provider to stop), queued
 * (marked cancelled, and a remote render it was waiting to resume is released), or running in
 * another Reelforge process (asked through the database, then waited for a little).
 */
export async function cancelJob(job: VideoJob, deps: JobCancellationDeps): Promise<VideoJob> {
  const { store } = deps;
  const active = deps.active.get(job.id);
  if (active) {
    active.controller.abort(new CancelledError());
    await active.done;
    return store.require(job.id);
  }
  if (job.status === 'queued') {
    // Cancelled first: releasing remote work is a network call, and while it runs the scheduler
    // must not start the job.
    const cancelled = store.update(job.id, {
      status: 'cancelled',
      stage: 'cancelled',
      completedAt: store.now(),
      error: { code: 'cancelled', message: 'cancelled by user before it started' },
    });
    deps.waiters.settle(cancelled);
    await abandonRemoteWork(job, deps.registry);
    return cancelled;
  }
  if (job.status === 'running') return cancelInOtherProcess(job, deps);
  throw new ReelforgeError(`job ${job.id} has already ended (${job.status})`);
}

/** A job waiting to resume still has a render at its provider: stop that one too. */
async function abandonRemoteWork(job: VideoJob, registry: ProviderRegistry): Promise<void> {
  const provider = job.checkpoint && job.providerId ? registry.get(job.providerId) : undefined;
  if (!provider?.abandon || !job.checkpoint) return;
  await provider.abandon(job.checkpoint).catch(() => undefined);
}

/** Asks the process that runs the job to stop it, and waits a little for it to do so. */
async function cancelInOtherProcess(job: VideoJob, deps: JobCancellationDeps): Promise<VideoJob> {
  deps.cancelRequests.request(job.id, deps.store.now());
  const deadline = Date.now() + OTHER_PROCESS_WAIT_MS;
  for (;;) {
    const current = deps.store.require(job.id);
    if (isTerminalStatus(current.status)) return current;
    if (Date.now() > deadline) {
      throw new ReelforgeError(
        `asked Reelforge process ${job.ownerPid ?? '?'} to cancel job ${job.id}, but it has not stopped yet`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
