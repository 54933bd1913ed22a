import type { ConfigManager } from '#core/config.js';
import { ShutdownError, TimeoutError } from '#core/errors.js';
import type { CostEstimate, RenderContext, VideoProvider } from '#core/provider.js';
import type { ProviderOutput, VideoResult } from '#core/result.js';
import type { JobEventHub } from '../job-events.js';
import type { ProviderMetricsRepository, VideoJob } from '../job.js';
import { ProgressThrottle } from '../progress-throttle.js';
import type { ActiveJobs } from './active-jobs.js';
import { nextStateAfterFailure } from './failure-outcome.js';
import type { JobStore } from './job-store.js';

const PROGRESS_EVENT_INTERVAL_MS = 100;
const PROGRESS_WRITE_INTERVAL_MS = 500;

type Progress = { progress: number; stage: string };

export interface JobRunnerDeps {
  readonly config: ConfigManager;
  readonly store: JobStore;
  readonly events: JobEventHub;
  readonly metrics: ProviderMetricsRepository;
  readonly active: ActiveJobs;
  /** The job has ended: answer whoever waits for it. */
  readonly onEnded: (job: VideoJob) => void;
  /** A render slot is free again (the scheduler looks at the queue). */
  readonly onSlotFree: () => void;
  /** The service is closing (no fallback is queued then). */
  readonly isClosing: () => boolean;
  /** What rendering the job means: the use case's call to the provider (VideoGenerationService). */
  readonly render: RenderJob;
}

/** Renders one job on a provider, within the runner's signal, progress and checkpoints. */
export type RenderJob = (
  job: VideoJob,
  provider: VideoProvider,
  context: RenderContext,
) => Promise<{ readonly output: ProviderOutput; readonly estimate: CostEstimate }>;

/**
 * Runs one job on one provider, from "running" to its next state: under the provider's timeout,
 * with progress announced (≤ 10/s) and written (≤ 2/s), checkpoints saved at once, and the
 * outcome recorded in the job and the provider's track record. The render itself is the use
 * case's (`deps.render`): this is only its lifecycle.
 */
export class JobRunner {
  constructor(private readonly deps: JobRunnerDeps) {}

  /** Starts the job in the background; `ActiveJobs` holds it until it has reached its next state. */
  start(job: VideoJob, provider: VideoProvider): void {
    const { store, active } = this.deps;
    const controller = new AbortController();
    const settings = this.deps.config.provider(provider.id);
    const timeout = setTimeout(
      () => controller.abort(new TimeoutError(`${provider.id} render`, settings.timeoutSeconds)),
      settings.timeoutSeconds * 1000,
    );
    const started = store.update(job.id, {
      status: 'running',
      progress: 0,
      stage: 'starting',
      providerId: provider.id,
      startedAt: store.now(),
    });
    const done = this.#execute(started, provider, controller.signal, Date.now()).finally(() => {
      clearTimeout(timeout);
      active.delete(job.id);
      this.deps.onSlotFree();
    });
    active.add(job.id, { providerId: provider.id, controller, done });
  }

  async #execute(
    job: VideoJob,
    provider: VideoProvider,
    signal: AbortSignal,
    startedAtMs: number,
  ): Promise<void> {
    const { store, events } = this.deps;
    const announce = new ProgressThrottle<Progress>(PROGRESS_EVENT_INTERVAL_MS, (p) =>
      events.emit({ type: 'job-progress', jobId: job.id, ...p }),
    );
    const write = new ProgressThrottle<Progress>(PROGRESS_WRITE_INTERVAL_MS, (p) => {
      if (!signal.aborted) store.write(job.id, p);
    });
    // The last progress reported, written when the render stops: the throttled write may lag
    // behind what the UI was shown, and a cancelled job must not drop back (43 % → 29 %).
    let reported: number | undefined;
    // Once stopped, a render may still report as it winds down (frames already encoded), and a
    // held-back report may be due: none of it is announced, or a cancelled job's bar would move
    // and, after Retry, the stopped run's numbers would mix with the new run's.
    const silence = () => {
      announce.dispose();
      write.dispose();
    };
    signal.addEventListener('abort', silence, { once: true });
    try {
      const onProgress = (p: Progress) => {
        if (signal.aborted) return;
        reported = p.progress;
        announce.push(p);
        write.push(p);
      };
      const { output, estimate } = await this.deps.render(job, provider, {
        signal,
        onProgress,
        checkpoint: {
          load: () => store.jobs.get(job.id)?.checkpoint,
          // Written at once, before the provider goes on: a crash right after still finds it.
          save: (state) => store.write(job.id, { checkpoint: state }),
        },
      });
      announce.dispose();
      write.dispose();
      const renderSeconds = (Date.now() - startedAtMs) / 1000;
      const result: VideoResult = {
        ...output,
        jobId: job.id,
        providerId: provider.id,
        fallbackTrail: job.fallbackTrail,
        renderSeconds,
      };
      this.deps.metrics.recordSuccess(provider.id, renderSeconds, store.now());
      this.deps.onEnded(
        store.update(job.id, {
          status: 'completed',
          progress: 1,
          stage: 'done',
          completedAt: store.now(),
          result,
          cost: { estimate, actual: output.cost ?? estimate },
        }),
      );
    } catch (error) {
      announce.dispose();
      write.dispose();
      this.#fail(job, provider, signal.aborted ? signal.reason : error, reported);
    } finally {
      signal.removeEventListener('abort', silence);
    }
  }

  #fail(job: VideoJob, provider: VideoProvider, reason: unknown, reported: number | undefined): void {
    const { store } = this.deps;
    const outcome = nextStateAfterFailure(job, reason, {
      providerId: provider.id,
      // Only a shutdown leaves a render to resume; read the checkpoint just then.
      canResume:
        reason instanceof ShutdownError && Boolean(provider.resumable && store.jobs.get(job.id)?.checkpoint),
      closing: this.deps.isClosing(),
      now: store.now(),
    });
    if (outcome.providerFailure !== undefined)
      this.deps.metrics.recordFailure(provider.id, outcome.providerFailure, store.now());
    // A job requeued elsewhere starts again from 0; one that stops here keeps how far it got.
    const keepProgress = outcome.update.progress === undefined && reported !== undefined;
    const next = store.update(
      job.id,
      keepProgress ? { ...outcome.update, progress: Math.min(1, Math.max(0, reported)) } : outcome.update,
    );
    if (outcome.ended) this.deps.onEnded(next);
  }
}
