import { randomUUID } from 'node:crypto';
import type { ConfigManager } from '../domain/config.js';
import {
  CancelledError,
  describeError,
  JobNotFoundError,
  NoSuitableProviderError,
  ProviderError,
  ReelforgeError,
  ShutdownError,
  TimeoutError,
} from '../domain/errors.js';
import type { CostEstimate, VideoProvider } from '../domain/provider.js';
import type { ProviderRegistry } from '../domain/registry.js';
import type { VideoGenerationRequest } from '../domain/request.js';
import type { FallbackAttempt, VideoResult } from '../domain/result.js';
import {
  isAspectRatio,
  isVideoQuality,
  type AspectRatio,
  type VideoQuality,
} from '../domain/video-quality.js';
import { isRetryableStatus, isTerminalStatus, TERMINAL_STATUSES } from '../domain/video-status.js';
import { JobEventHub, type JobEventListener } from './job-events.js';
import type { ProviderStatus, ServiceMetrics } from './service-views.js';
import type {
  CancelRequestRepository,
  JobError,
  JobListFilter,
  JobRepository,
  ProviderMetricsRepository,
  VideoJob,
} from './job.js';
import type { ChannelLookup, OutputFileRemover, ScriptReader } from './ports.js';
import { ProgressThrottle } from './progress-throttle.js';
import {
  describeScriptInput,
  prepareScript,
  type PreparedScript,
  type ScriptInput,
} from './script-intake.js';
import { outputBaseName } from './output-naming.js';

/** What a caller may choose per job; anything left out comes from the config. */
export interface GenerateOptions {
  readonly provider?: string;
  readonly quality?: string;
  readonly aspectRatio?: string;
  readonly channel?: string;
  readonly outputDir?: string;
}

export interface CostQuote {
  readonly providerId: string;
  readonly available: boolean;
  readonly reason?: string;
  readonly estimate: CostEstimate;
}

/** One entry of a batch: the job when the script was accepted, the error when it was not. */
export type BatchEntry =
  | { readonly input: string; readonly job: VideoJob; readonly error?: undefined }
  | { readonly input: string; readonly job?: undefined; readonly error: ReelforgeError | Error };

export interface VideoGenerationServiceDeps {
  readonly config: ConfigManager;
  readonly registry: ProviderRegistry;
  readonly jobs: JobRepository;
  readonly metrics: ProviderMetricsRepository;
  readonly cancelRequests: CancelRequestRepository;
  readonly scripts: ScriptReader;
  readonly channels: () => ChannelLookup;
  readonly files: OutputFileRemover;
  /** This process; owner of the jobs it queues. */
  readonly pid?: number;
  readonly isProcessAlive?: (pid: number) => boolean;
  /** Take over queued jobs whose owner process has died (the desktop app does, the CLI does not). */
  readonly adoptOrphanedJobs?: boolean;
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** Releases what the composition root opened (the database), after the last job stopped. */
  readonly onClose?: () => void | Promise<void>;
}

export interface RecoveryReport {
  /** Jobs that were running in a process that is gone; now "interrupted". */
  readonly interrupted: readonly VideoJob[];
  /** Remote renders of a process that is gone, queued again to resume from their checkpoint. */
  readonly resumable: readonly VideoJob[];
  /** Queued jobs of a process that is gone, now run by this one. */
  readonly adopted: readonly VideoJob[];
}

interface ActiveJob {
  readonly providerId: string;
  readonly controller: AbortController;
  readonly done: Promise<void>;
}

const PROGRESS_EVENT_INTERVAL_MS = 100;
const PROGRESS_WRITE_INTERVAL_MS = 500;
/** How often a process looks for cancel requests and for jobs other processes finished. */
const WATCH_INTERVAL_MS = 300;
/** How long `cancel` waits for another process to stop a job it asked it to stop. */
const REMOTE_CANCEL_WAIT_MS = 5_000;

/**
 * The application's use cases: queue scripts as jobs, run them on the best provider within
 * the concurrency limits, fall back on retryable failures, and keep the queue and history.
 */
export class VideoGenerationService {
  readonly #deps: VideoGenerationServiceDeps;
  readonly #events = new JobEventHub();
  readonly #active = new Map<string, ActiveJob>();
  readonly #waiters = new Map<
    string,
    Set<{ resolve: (job: VideoJob) => void; reject: (error: Error) => void }>
  >();
  readonly #pid: number;
  #watchTimer: ReturnType<typeof setInterval> | undefined;
  #recovery: RecoveryReport = { interrupted: [], resumable: [], adopted: [] };
  #pumping = false;
  #pumpAgain = false;
  #started = false;
  #closed = false;

  constructor(deps: VideoGenerationServiceDeps) {
    this.#deps = deps;
    this.#pid = deps.pid ?? process.pid;
  }

  // ── lifecycle ────────────────────────────────────────────────────────────────────────────

  /**
   * Recovers from a previous crash: jobs left "running" by a process that is gone become
   * "interrupted"; queued jobs of a dead owner are adopted when this service adopts orphans.
   */
  start(): RecoveryReport {
    const alive = this.#deps.isProcessAlive ?? isProcessAlive;
    const interrupted: VideoJob[] = [];
    const resumable: VideoJob[] = [];
    const adopted: VideoJob[] = [];
    for (const job of this.#deps.jobs.listRunning()) {
      if (job.ownerPid !== undefined && job.ownerPid !== this.#pid && alive(job.ownerPid)) continue;
      if (job.checkpoint && job.providerId && this.#deps.registry.get(job.providerId)?.resumable) {
        // The remote render went on without us: queue the job again to pick it up where it is.
        resumable.push(
          this.#update(job.id, {
            status: 'queued',
            stage: `waiting to resume at ${job.providerId}`,
            clear: ['ownerPid', 'startedAt'],
          }),
        );
        continue;
      }
      interrupted.push(
        this.#update(job.id, {
          status: 'interrupted',
          stage: 'interrupted',
          completedAt: this.#now(),
          error: {
            code: 'interrupted',
            message: 'Reelforge stopped while this job was running; retry it to render again',
          },
          clear: ['ownerPid'],
        }),
      );
    }
    if (this.#deps.adoptOrphanedJobs) {
      for (const job of this.#deps.jobs.listQueued()) {
        const orphan = job.ownerPid === undefined || (job.ownerPid !== this.#pid && !alive(job.ownerPid));
        if (orphan) adopted.push(this.#update(job.id, { ownerPid: this.#pid }));
      }
    }
    this.#started = true;
    this.#recovery = { interrupted, resumable, adopted };
    this.#schedule();
    return this.#recovery;
  }

  /** What the last `start()` found: jobs a dead process left behind. */
  get recovery(): RecoveryReport {
    return this.#recovery;
  }

  /**
   * Stops taking work. Running jobs are aborted and become "interrupted" (retry-able), or queued
   * again when their provider can resume them; queued jobs stay queued for the next start. Anyone
   * still waiting for a job gets it as it is now, so no wait outlives the service.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#stopWatching();
    const running = [...this.#active.values()];
    for (const active of running) active.controller.abort(new ShutdownError());
    await Promise.allSettled(running.map((a) => a.done));
    for (const jobId of [...this.#waiters.keys()]) {
      const job = this.#deps.jobs.get(jobId);
      if (job) this.#settle(job);
      else this.#settleRemoved(jobId);
    }
    await this.#deps.onClose?.();
  }

  get config(): ConfigManager {
    return this.#deps.config;
  }

  get registry(): ProviderRegistry {
    return this.#deps.registry;
  }

  onJobEvent(listener: JobEventListener): () => void {
    return this.#events.subscribe(listener);
  }

  // ── scripts ──────────────────────────────────────────────────────────────────────────────

  /** Parses and lays out a script without queueing it: the library and the preview use this. */
  prepare(input: ScriptInput, channelOverride?: string): Promise<PreparedScript> {
    return prepareScript(input, this.#intakeDeps(), channelOverride);
  }

  // ── jobs ─────────────────────────────────────────────────────────────────────────────────

  /** Validates the script and queues a job; resolves as soon as it is queued. */
  async enqueue(input: ScriptInput, options: GenerateOptions = {}): Promise<VideoJob> {
    this.#assertOpen();
    const resolved = this.#resolveOptions(options);
    const prepared = await this.prepare(input, options.channel);
    return this.#insertJob(prepared, resolved, input.path);
  }

  /** Queues a job and resolves when it has ended, whatever the outcome. */
  async generateVideo(input: ScriptInput, options: GenerateOptions = {}): Promise<VideoJob> {
    const job = await this.enqueue(input, options);
    return this.waitForJob(job.id);
  }

  /** Queues every script it can; a bad script is reported in its entry and never blocks the others. */
  async generateBatch(inputs: readonly ScriptInput[], options: GenerateOptions = {}): Promise<BatchEntry[]> {
    const entries: BatchEntry[] = [];
    for (const input of inputs) {
      try {
        entries.push({ input: describeScriptInput(input), job: await this.enqueue(input, options) });
      } catch (error) {
        entries.push({ input: describeScriptInput(input), error: asError(error) });
      }
    }
    return entries;
  }

  /** Resolves when the job has ended (or, if the service closes first, with the job as it is then). */
  waitForJob(jobId: string): Promise<VideoJob> {
    const job = this.getVideoStatus(jobId);
    if (isTerminalStatus(job.status)) return Promise.resolve(job);
    return new Promise((resolve, reject) => {
      const set = this.#waiters.get(job.id) ?? new Set();
      set.add({ resolve, reject });
      this.#waiters.set(job.id, set);
      this.#watch();
    });
  }

  getVideoStatus(jobId: string): VideoJob {
    const job = this.#deps.jobs.get(this.#resolveId(jobId));
    if (!job) throw new JobNotFoundError(jobId);
    return job;
  }

  listJobs(filter?: JobListFilter): VideoJob[] {
    return this.#deps.jobs.list(filter);
  }

  /** Finished and failed renders, newest first. */
  history(filter: JobListFilter = {}): VideoJob[] {
    return this.#deps.jobs.list({
      status: filter.status ?? [...TERMINAL_STATUSES],
      ...filter,
    });
  }

  /** Cancels a queued or running job. Running jobs end "cancelled" once their provider stops. */
  async cancel(jobId: string): Promise<VideoJob> {
    const job = this.getVideoStatus(jobId);
    const active = this.#active.get(job.id);
    if (active) {
      active.controller.abort(new CancelledError());
      await active.done;
      return this.getVideoStatus(job.id);
    }
    if (job.status === 'queued') {
      // Cancelled first: releasing remote work is a network call, and while it runs the scheduler
      // must not start the job.
      const cancelled = this.#update(job.id, {
        status: 'cancelled',
        stage: 'cancelled',
        completedAt: this.#now(),
        error: { code: 'cancelled', message: 'cancelled by user before it started' },
      });
      this.#settle(cancelled);
      await this.#abandonRemoteWork(job);
      return cancelled;
    }
    if (job.status === 'running') return this.#cancelRemote(job);
    throw new ReelforgeError(`job ${job.id} has already ended (${job.status})`);
  }

  /** A job waiting to resume still has a render at its provider: stop that one too. */
  async #abandonRemoteWork(job: VideoJob): Promise<void> {
    const provider = job.checkpoint && job.providerId ? this.#deps.registry.get(job.providerId) : undefined;
    if (!provider?.abandon || !job.checkpoint) return;
    await provider.abandon(job.checkpoint).catch(() => undefined);
  }

  /** What each provider would charge for a script, without rendering it. */
  async estimate(input: ScriptInput, options: GenerateOptions = {}): Promise<CostQuote[]> {
    const resolved = this.#resolveOptions({ ...options, provider: 'auto' });
    const prepared = await this.prepare(input, options.channel);
    const probe = this.#jobRecord('estimate', prepared, resolved);
    const request = this.#request(probe);
    const statuses = await this.getAvailableProviders();
    return statuses.map((status) => ({
      providerId: status.id,
      available: status.isAvailable,
      ...(status.reason ? { reason: status.reason } : {}),
      estimate: this.#deps.registry.get(status.id)!.estimateCost(request),
    }));
  }

  /** Asks the process that runs the job to stop it, and waits a little for it to do so. */
  async #cancelRemote(job: VideoJob): Promise<VideoJob> {
    this.#deps.cancelRequests.request(job.id, this.#now());
    const deadline = Date.now() + REMOTE_CANCEL_WAIT_MS;
    for (;;) {
      const current = this.getVideoStatus(job.id);
      if (isTerminalStatus(current.status)) return current;
      if (Date.now() > deadline) {
        throw new ReelforgeError(
          `asked Reelforge process ${job.ownerPid ?? '?'} to cancel job ${job.id}, but it has not stopped yet`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Queues a failed, cancelled or interrupted job again with the same script and options. */
  retry(jobId: string): VideoJob {
    this.#assertOpen();
    const job = this.getVideoStatus(jobId);
    if (!isRetryableStatus(job.status)) {
      throw new ReelforgeError(
        `job ${job.id} is ${job.status}; only failed, cancelled or interrupted jobs can be retried`,
      );
    }
    const queued = this.#update(job.id, {
      status: 'queued',
      progress: 0,
      stage: 'queued',
      fallbackTrail: [],
      ownerPid: this.#pid,
      clear: ['error', 'result', 'providerId', 'startedAt', 'completedAt', 'checkpoint', 'cost'],
    });
    this.#schedule();
    return queued;
  }

  /** Removes a job from history, and its files when asked. Running jobs must be cancelled first. */
  async deleteJob(jobId: string, options: { deleteFiles: boolean }): Promise<void> {
    const job = this.getVideoStatus(jobId);
    if (job.status === 'running' || job.status === 'queued') {
      throw new ReelforgeError(`job ${job.id} is ${job.status}; cancel it before deleting it`);
    }
    if (options.deleteFiles && job.result) {
      const paths = [job.result.outputPath, job.result.thumbnailPath].filter((p): p is string => Boolean(p));
      await this.#deps.files.remove(paths);
    }
    this.#deps.jobs.delete(job.id);
    this.#events.emit({ type: 'job-removed', jobId: job.id });
  }

  // ── providers ────────────────────────────────────────────────────────────────────────────

  async getAvailableProviders(): Promise<ProviderStatus[]> {
    return Promise.all(
      this.#deps.registry.list().map(async (provider) => {
        const settings = this.#deps.config.provider(provider.id);
        const availability = await provider.isAvailable().catch((error: unknown) => ({
          available: false,
          reason: describeError(error),
          version: undefined,
        }));
        return {
          id: provider.id,
          name: provider.name,
          capabilities: provider.capabilities,
          qualities: provider.supportedQualities,
          enabled: settings.enabled,
          isAvailable: settings.enabled && availability.available,
          reason: settings.enabled ? availability.reason : 'disabled in settings',
          version: availability.version,
          autoSelectable: provider.autoSelectable,
          settingsFields: provider.settingsFields ?? [],
          maxConcurrent: settings.maxConcurrent,
          runningJobs: this.#runningOn(provider.id),
        };
      }),
    );
  }

  getMetrics(): ServiceMetrics {
    const recorded = new Map(this.#deps.metrics.list().map((m) => [m.providerId, m]));
    for (const provider of this.#deps.registry.list()) {
      if (!recorded.has(provider.id)) {
        recorded.set(provider.id, {
          providerId: provider.id,
          successes: 0,
          failures: 0,
          averageSeconds: undefined,
        });
      }
    }
    const byStatus = this.#deps.jobs.countBy('status');
    return {
      providers: [...recorded.values()].sort((a, b) => a.providerId.localeCompare(b.providerId)),
      totals: { jobs: Object.values(byStatus).reduce((a, b) => a + b, 0), byStatus },
      byProvider: this.#deps.jobs.countBy('providerId'),
      byChannel: this.#deps.jobs.countBy('channel'),
      byQuality: this.#deps.jobs.countBy('quality'),
    };
  }

  // ── scheduling ───────────────────────────────────────────────────────────────────────────

  #schedule(): void {
    if (!this.#started || this.#closed) return;
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
          this.#schedule();
        }
      });
  }

  /** Starts queued jobs in queue order while the global and per-provider limits allow. */
  async #pump(): Promise<void> {
    const globalLimit = this.#deps.config.get().global.maxConcurrentGenerations;
    for (const job of this.#deps.jobs.listQueued()) {
      if (this.#closed || this.#active.size >= globalLimit) return;
      if (job.ownerPid !== this.#pid || this.#active.has(job.id)) continue;
      let provider: VideoProvider | undefined;
      try {
        provider = await this.#chooseProvider(job);
      } catch (error) {
        this.#fail(job.id, error);
        continue;
      }
      // Undefined: every suitable provider is busy; the job waits its turn.
      if (provider && this.#deps.jobs.get(job.id)?.status === 'queued') this.#run(job, provider);
    }
  }

  async #chooseProvider(job: VideoJob): Promise<VideoProvider | undefined> {
    const tried = job.fallbackTrail.map((a) => a.providerId);
    if (job.checkpoint && job.providerId) {
      // Resuming a remote render: only the provider that started it can pick it up.
      const provider = this.#deps.registry.get(job.providerId);
      if (!provider)
        throw new NoSuitableProviderError(`provider "${job.providerId}" is no longer registered`);
      return this.#hasCapacity(provider.id) ? provider : undefined;
    }
    if (job.options.provider !== 'auto') {
      const provider = this.#deps.registry.get(job.options.provider);
      if (!provider) {
        const known = this.#deps.registry.list().map((p) => p.id);
        throw new NoSuitableProviderError(
          `unknown provider "${job.options.provider}" (known: ${known.join(', ')})`,
        );
      }
      if (!this.#deps.config.provider(provider.id).enabled) {
        throw new NoSuitableProviderError(`provider "${provider.id}" is disabled in settings`);
      }
      return this.#hasCapacity(provider.id) ? provider : undefined;
    }
    const selection = await this.#deps.registry.select({
      quality: job.options.quality,
      requiredCapabilities: [],
      preferredProviderId: this.#preferredProvider(),
      exclude: tried,
      request: this.#request(job),
    });
    if (selection.ranked.length === 0) {
      const last = job.fallbackTrail.at(-1);
      const message = last
        ? `${last.error}; no other provider could take over`
        : 'no render provider is available for this job';
      throw new NoSuitableProviderError(message, selection.excluded);
    }
    return selection.ranked.find((r) => this.#hasCapacity(r.provider.id))?.provider;
  }

  #preferredProvider(): string | undefined {
    const preferred = this.#deps.config.get().global.defaultProvider;
    return preferred === 'auto' ? undefined : preferred;
  }

  #hasCapacity(providerId: string): boolean {
    return this.#runningOn(providerId) < Math.max(1, this.#deps.config.provider(providerId).maxConcurrent);
  }

  #runningOn(providerId: string): number {
    let count = 0;
    for (const active of this.#active.values()) if (active.providerId === providerId) count += 1;
    return count;
  }

  #run(job: VideoJob, provider: VideoProvider): void {
    const controller = new AbortController();
    const settings = this.#deps.config.provider(provider.id);
    const timeout = setTimeout(
      () => controller.abort(new TimeoutError(`${provider.id} render`, settings.timeoutSeconds)),
      settings.timeoutSeconds * 1000,
    );
    const started = this.#update(job.id, {
      status: 'running',
      progress: 0,
      stage: 'starting',
      providerId: provider.id,
      startedAt: this.#now(),
    });
    const startedAtMs = Date.now();
    const done = this.#execute(started, provider, controller.signal, startedAtMs).finally(() => {
      clearTimeout(timeout);
      this.#active.delete(job.id);
      this.#schedule();
    });
    this.#active.set(job.id, { providerId: provider.id, controller, done });
    this.#watch();
  }

  /**
   * While this process runs jobs or waits for some, it polls the shared database: other
   * processes may ask it to cancel a job, or may have finished or cancelled one it waits for.
   */
  #watch(): void {
    if (this.#watchTimer || this.#closed) return;
    this.#watchTimer = setInterval(() => this.#watchTick(), WATCH_INTERVAL_MS);
    this.#watchTimer.unref?.();
  }

  #stopWatching(): void {
    if (this.#watchTimer) clearInterval(this.#watchTimer);
    this.#watchTimer = undefined;
  }

  #watchTick(): void {
    try {
      for (const jobId of this.#deps.cancelRequests.take([...this.#active.keys()])) {
        this.#active
          .get(jobId)
          ?.controller.abort(new CancelledError('cancelled from another Reelforge window or terminal'));
      }
      for (const jobId of this.#waiters.keys()) {
        if (this.#active.has(jobId)) continue;
        const job = this.#deps.jobs.get(jobId);
        if (!job) this.#settleRemoved(jobId);
        else if (isTerminalStatus(job.status)) this.#settle(job);
      }
    } catch {
      // A busy database this tick is retried on the next one.
    }
    if (this.#active.size === 0 && this.#waiters.size === 0) this.#stopWatching();
  }

  async #execute(
    job: VideoJob,
    provider: VideoProvider,
    signal: AbortSignal,
    startedAtMs: number,
  ): Promise<void> {
    const events = new ProgressThrottle<{ progress: number; stage: string }>(
      PROGRESS_EVENT_INTERVAL_MS,
      (p) => this.#events.emit({ type: 'job-progress', jobId: job.id, ...p }),
    );
    const writes = new ProgressThrottle<{ progress: number; stage: string }>(
      PROGRESS_WRITE_INTERVAL_MS,
      (p) => {
        if (!signal.aborted) this.#deps.jobs.update(job.id, p);
      },
    );
    try {
      const request = this.#request(job);
      const estimate = provider.estimateCost(request);
      this.#deps.jobs.update(job.id, { cost: { estimate } });
      const output = await provider.generate(request, {
        signal,
        onProgress: (p) => {
          events.push(p);
          writes.push(p);
        },
        checkpoint: {
          load: () => this.#deps.jobs.get(job.id)?.checkpoint,
          // Written at once, before the provider goes on: a crash right after still finds it.
          save: (state) => void this.#deps.jobs.update(job.id, { checkpoint: state }),
        },
      });
      events.dispose();
      writes.dispose();
      const renderSeconds = (Date.now() - startedAtMs) / 1000;
      const result: VideoResult = {
        ...output,
        jobId: job.id,
        providerId: provider.id,
        fallbackTrail: job.fallbackTrail,
        renderSeconds,
      };
      this.#deps.metrics.recordSuccess(provider.id, renderSeconds, this.#now());
      this.#settle(
        this.#update(job.id, {
          status: 'completed',
          progress: 1,
          stage: 'done',
          completedAt: this.#now(),
          result,
          cost: { estimate, actual: output.cost ?? estimate },
        }),
      );
    } catch (error) {
      events.dispose();
      writes.dispose();
      this.#handleFailure(job, provider, signal, error);
    }
  }

  #handleFailure(job: VideoJob, provider: VideoProvider, signal: AbortSignal, error: unknown): void {
    const reason: unknown = signal.aborted ? signal.reason : error;
    if (reason instanceof CancelledError) {
      this.#settle(
        this.#update(job.id, {
          status: 'cancelled',
          stage: 'cancelled',
          completedAt: this.#now(),
          error: { code: 'cancelled', message: reason.message },
        }),
      );
      return;
    }
    if (reason instanceof ShutdownError) {
      const current = this.#deps.jobs.get(job.id);
      if (provider.resumable && current?.checkpoint) {
        // The remote render goes on; the next start (app or `reelforge resume`) picks it up.
        this.#update(job.id, {
          status: 'queued',
          stage: `waiting to resume at ${provider.id}`,
          clear: ['ownerPid', 'startedAt'],
        });
        return;
      }
      this.#settle(
        this.#update(job.id, {
          status: 'interrupted',
          stage: 'interrupted',
          completedAt: this.#now(),
          error: { code: 'interrupted', message: reason.message },
          clear: ['ownerPid'],
        }),
      );
      return;
    }
    const message = describeError(reason);
    this.#deps.metrics.recordFailure(provider.id, message, this.#now());
    const canFallBack =
      job.options.provider === 'auto' && reason instanceof ProviderError && reason.retryable && !this.#closed;
    if (canFallBack) {
      const attempt: FallbackAttempt = {
        providerId: provider.id,
        error: message,
        retryable: true,
        at: this.#now(),
      };
      this.#update(job.id, {
        status: 'queued',
        progress: 0,
        stage: `falling back after ${provider.id} failed`,
        fallbackTrail: [...job.fallbackTrail, attempt],
        clear: ['providerId', 'startedAt', 'checkpoint'],
      });
      return;
    }
    this.#fail(job.id, reason);
  }

  #fail(jobId: string, error: unknown): void {
    this.#settle(
      this.#update(jobId, {
        status: 'failed',
        stage: 'failed',
        completedAt: this.#now(),
        error: toJobError(error),
      }),
    );
  }

  // ── helpers ──────────────────────────────────────────────────────────────────────────────

  #request(job: VideoJob): VideoGenerationRequest {
    return {
      jobId: job.id,
      script: job.script,
      timeline: job.timeline,
      quality: job.options.quality,
      aspectRatio: job.options.aspectRatio,
      outputDir: job.options.outputDir,
      outputBaseName: outputBaseName(job.topic, job.id),
      requiredCapabilities: [],
    };
  }

  /** A fresh queued job for a prepared script (not stored). */
  #jobRecord(id: string, prepared: PreparedScript, options: VideoJob['options']): VideoJob {
    return {
      id,
      status: 'queued',
      progress: 0,
      stage: 'queued',
      options,
      scriptName: prepared.input.name,
      scriptFormat: prepared.script.source.format,
      scriptContent: prepared.input.content,
      script: prepared.script,
      timeline: prepared.timeline,
      channel: prepared.script.channel,
      topic: prepared.script.topic,
      fallbackTrail: [],
      createdAt: this.#now(),
    };
  }

  #insertJob(prepared: PreparedScript, options: VideoJob['options'], scriptPath?: string): VideoJob {
    const job: VideoJob = {
      ...this.#jobRecord((this.#deps.newId ?? randomUUID)(), prepared, options),
      ...(scriptPath ? { scriptPath } : {}),
      ownerPid: this.#pid,
    };
    this.#deps.jobs.insert(job);
    this.#events.emit({ type: 'job-added', job });
    this.#schedule();
    return job;
  }

  #resolveOptions(options: GenerateOptions): VideoJob['options'] {
    const global = this.#deps.config.get().global;
    const quality = options.quality ?? global.defaultQuality;
    if (!isVideoQuality(quality)) {
      throw new ReelforgeError(`unknown quality "${quality}" (use draft, standard, high or ultra)`);
    }
    const aspectRatio = options.aspectRatio ?? global.defaultAspectRatio;
    if (!isAspectRatio(aspectRatio)) {
      throw new ReelforgeError(`unknown aspect ratio "${aspectRatio}" (use 9:16, 1:1 or 16:9)`);
    }
    const provider = options.provider ?? global.defaultProvider;
    if (provider !== 'auto' && !this.#deps.registry.get(provider)) {
      const known = ['auto', ...this.#deps.registry.list().map((p) => p.id)];
      throw new ReelforgeError(`unknown provider "${provider}" (use one of: ${known.join(', ')})`);
    }
    return {
      provider,
      quality: quality as VideoQuality,
      aspectRatio: aspectRatio as AspectRatio,
      channel: options.channel,
      outputDir: options.outputDir ?? global.outputDir,
    };
  }

  #intakeDeps(): { reader: ScriptReader; channels: ChannelLookup } {
    return { reader: this.#deps.scripts, channels: this.#deps.channels() };
  }

  #resolveId(idOrPrefix: string): string {
    if (this.#deps.jobs.get(idOrPrefix)) return idOrPrefix;
    return this.#deps.jobs.resolveIdPrefix(idOrPrefix) ?? idOrPrefix;
  }

  #update(jobId: string, update: Parameters<JobRepository['update']>[1]): VideoJob {
    const job = this.#deps.jobs.update(jobId, update);
    this.#events.emit({ type: 'job-updated', job });
    return job;
  }

  /** The job was deleted by another process while someone waited for it. */
  #settleRemoved(jobId: string): void {
    const waiters = this.#waiters.get(jobId);
    this.#waiters.delete(jobId);
    for (const waiter of waiters ?? []) waiter.reject(new JobNotFoundError(jobId));
  }

  #settle(job: VideoJob): void {
    const waiters = this.#waiters.get(job.id);
    if (!waiters) return;
    this.#waiters.delete(job.id);
    for (const waiter of waiters) waiter.resolve(job);
  }

  #now(): string {
    return (this.#deps.now?.() ?? new Date()).toISOString();
  }

  #assertOpen(): void {
    if (this.#closed) throw new ReelforgeError('the render service has been closed');
  }
}

function toJobError(error: unknown): JobError {
  if (error instanceof TimeoutError) return { code: 'timeout', message: error.message };
  if (error instanceof NoSuitableProviderError) return { code: 'no_provider', message: error.message };
  if (error instanceof ProviderError) return { code: error.code, message: error.message };
  return { code: 'error', message: describeError(error) };
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
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
