import type { ConfigManager } from '#core/config.js';
import type { VideoProvider } from '#core/provider.js';
import type { ProviderRegistry } from '#core/registry.js';
import type { ActiveJobs } from './active-jobs.js';
import { failedUpdate } from './failure-outcome.js';
import type { JobStore } from './job-store.js';
import type { VideoJob } from '../job.js';
import { chooseProvider } from './provider-choice.js';

export interface JobSchedulerDeps {
  readonly config: ConfigManager;
  readonly registry: ProviderRegistry;
  readonly store: JobStore;
  readonly active: ActiveJobs;
  /** Runs the job on the provider (the service hands it to its `JobRunner`). */
  readonly start: (job: VideoJob, provider: VideoProvider) => void;
  /** This process: it starts only the jobs it owns. */
  readonly pid: number;
  readonly isClosed: () => boolean;
  /** A job started (the cross-process watch must run while jobs do). */
  readonly onStarted: () => void;
  /** The job has ended: answer whoever waits for it. */
  readonly onEnded: (job: VideoJob) => void;
}

/**
 * Starts queued jobs in queue order while the global limit and each provider's limit allow, on
 * the provider `chooseProvider` picks. One pass at a time; a call during a pass runs one more.
 */
export class JobScheduler {
  #enabled = false;
  #pumping = false;
  #pumpAgain = false;

  constructor(private readonly deps: JobSchedulerDeps) {}

  /** Jobs start only after crash recovery has run (`start()` of the service). */
  enable(): void {
    this.#enabled = true;
    this.schedule();
  }

  schedule(): void {
    if (!this.#enabled || this.deps.isClosed()) return;
    if (this.#pumping) {
      this.#pumpAgain = true;
      return;
    }
    this.#pumping = true;
    void this.#pump()
      .catch(() => undefined)
      .finally(() => {
        this.#pumping = false;
        if (this.#pumpAgain) {
          this.#pumpAgain = false;
          this.schedule();
        }
      });
  }

  hasCapacity(providerId: string): boolean {
    return (
      this.deps.active.runningOn(providerId) <
      Math.max(1, this.deps.config.provider(providerId).maxConcurrent)
    );
  }

  async #pump(): Promise<void> {
    const { config, store, active } = this.deps;
    const globalLimit = config.get().global.maxConcurrentGenerations;
    for (const job of store.jobs.listQueued()) {
      if (this.deps.isClosed() || active.size >= globalLimit) return;
      if (job.ownerPid !== this.deps.pid || active.has(job.id)) continue;
      let provider: VideoProvider | undefined;
      try {
        provider = await chooseProvider(job, {
          config,
          registry: this.deps.registry,
          hasCapacity: (id) => this.hasCapacity(id),
        });
      } catch (error) {
        this.deps.onEnded(store.update(job.id, failedUpdate(error, store.now())));
        continue;
      }
      // Undefined: every suitable provider is busy; the job waits its turn.
      if (provider && store.jobs.get(job.id)?.status === 'queued') {
        this.deps.start(job, provider);
        this.deps.onStarted();
      }
    }
  }
}
