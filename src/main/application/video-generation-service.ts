import { randomUUID } from 'node:crypto';
import { ReelforgeError, ShutdownError } from '#core/errors.js';
import { isTerminalStatus, TERMINAL_STATUSES } from '#core/video-status.js';
import { ActiveJobs } from './generation/active-jobs.js';
import { isProcessAlive, recoverJobs, type RecoveryReport } from './generation/crash-recovery.js';
import { CrossProcessWatch } from './generation/cross-process-watch.js';
import { cancelJob } from './generation/job-cancellation.js';
import { deleteEndedJob, requeueJob } from './generation/job-history-edits.js';
import {
  generationRequestFor,
  newJobRecord,
  resolveJobOptions,
  type GenerateOptions,
} from './generation/job-options.js';
import { JobRunner } from './generation/job-runner.js';
import { withPlatform } from './generation/platform-choice.js';
import { NarrationStep } from './narration/narration-step.js';
import { JobScheduler } from './generation/job-scheduler.js';
import { JobStore } from './generation/job-store.js';
import { JobWaiters } from './generation/job-waiters.js';
import { metricsSnapshot, quoteCosts, readProviderStatuses } from './generation/provider-views.js';
import { JobEventHub, type JobEventListener } from './job-events.js';
import { jobRecordsFor } from './variants/variant-jobs.js';
import { enqueueEach, type BatchEntry, type VideoGenerationServiceDeps } from './video-generation-deps.js';
import type { JobListFilter, JobUpdate, VideoJob } from './job.js';
import { prepareScript, type PreparedScript, type ScriptInput } from './script-intake.js';
import type { VideoScript } from '#core/script.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import type { RenderContext, VideoProvider } from '#core/provider.js';
import type { CostQuote, ProviderStatus, ServiceMetrics } from '#core/service-views.js';

export type { CostQuote } from '#core/service-views.js';
export type { BatchEntry, VideoGenerationServiceDeps } from './video-generation-deps.js';

export type { GenerateOptions } from './generation/job-options.js';
export type { RecoveryReport } from './generation/crash-recovery.js';

/**
 * The use cases the front ends call: queue scripts as jobs, wait for them, cancel, retry and
 * delete them, and read the queue, history, providers and metrics. The work is done by small
 * parts in `generation/`: the scheduler picks what runs where, the runner runs one job, crash
 * recovery settles what a dead process left, the watch talks to other processes.
 */
export class VideoGenerationService {
  readonly #deps: VideoGenerationServiceDeps;
  readonly #events = new JobEventHub();
  readonly #store: JobStore;
  readonly #active = new ActiveJobs();
  readonly #waiters = new JobWaiters();
  readonly #watch: CrossProcessWatch;
  readonly #scheduler: JobScheduler;
  readonly #runner: JobRunner;
  readonly #pid: number;
  readonly #narration: NarrationStep | undefined;
  #recovery: RecoveryReport = { interrupted: [], resumable: [], adopted: [] };
  #closed = false;

  constructor(deps: VideoGenerationServiceDeps) {
    this.#deps = deps;
    this.#pid = deps.pid ?? process.pid;
    this.#store = new JobStore(deps.jobs, this.#events, deps.now);
    this.#watch = new CrossProcessWatch({
      store: this.#store,
      cancelRequests: deps.cancelRequests,
      active: this.#active,
      waiters: this.#waiters,
    });
    const onEnded = (job: VideoJob) => this.#waiters.settle(job);
    this.#narration = deps.narration
      ? new NarrationStep({ ...deps.narration, config: deps.config, channels: deps.channels })
      : undefined;
    this.#runner = new JobRunner({
      config: deps.config,
      store: this.#store,
      events: this.#events,
      metrics: deps.metrics,
      active: this.#active,
      onEnded,
      onSlotFree: () => this.#scheduler.schedule(),
      isClosing: () => this.#closed,
      render: (job, provider, context) => this.#render(job, provider, context),
    });
    this.#scheduler = new JobScheduler({
      config: deps.config,
      registry: deps.registry,
      store: this.#store,
      active: this.#active,
      // The scheduler decides when and where; the runner runs `#render` (below) for it.
      start: (job, provider) => this.#runner.start(job, provider),
      pid: this.#pid,
      isClosed: () => this.#closed,
      onStarted: () => this.#watch.ensure(),
      onEnded,
    });
  }

  // ── lifecycle ────────────────────────────────────────────────────────────────────────────

  /** Settles what a previous process left behind (see `recoverJobs`), then starts the queue. */
  start(): RecoveryReport {
    this.#recovery = recoverJobs({
      store: this.#store,
      registry: this.#deps.registry,
      pid: this.#pid,
      isProcessAlive: this.#deps.isProcessAlive ?? isProcessAlive,
      adoptOrphanedJobs: this.#deps.adoptOrphanedJobs ?? false,
    });
    this.#scheduler.enable();
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
    this.#watch.stop();
    const running = this.#active.all();
    for (const active of running) active.controller.abort(new ShutdownError());
    await Promise.allSettled(running.map((a) => a.done));
    this.#waiters.settleAll((jobId) => this.#deps.jobs.get(jobId));
    await this.#deps.onClose?.();
  }

  onJobEvent(listener: JobEventListener): () => void {
    return this.#events.subscribe(listener);
  }

  // ── scripts and jobs ─────────────────────────────────────────────────────────────────────

  /** Parses and lays out a script without queueing it: the library and the preview use this. */
  prepare(input: ScriptInput, channelOverride?: string, templateOverride?: string): Promise<PreparedScript> {
    return prepareScript(
      input,
      {
        reader: this.#deps.scripts,
        channels: this.#deps.channels(),
        ...(this.#deps.templates ? { templates: this.#deps.templates } : {}),
      },
      channelOverride,
      templateOverride,
    );
  }

  /**
   * The timeline a render of this script would narrate to, for the preview and the Scenes table;
   * undefined when it would not speak or its voice is not asked for previews (see NarrationStep).
   */
  narratedPreview(
    script: VideoScript,
    timeline: VideoTimeline,
    signal: AbortSignal,
  ): Promise<VideoTimeline | undefined> {
    return this.#narration?.previewTimeline(script, timeline, signal) ?? Promise.resolve(undefined);
  }

  /**
   * Validates the script and queues its job; resolves as soon as it is queued. A script with
   * variants queues one job per variant (see `enqueueAll`) and this returns the first.
   */
  async enqueue(input: ScriptInput, options: GenerateOptions = {}): Promise<VideoJob> {
    return (await this.enqueueAll(input, options))[0]!;
  }

  /** Validates the script and queues its jobs: one, or one per variant (or only `options.variant`). */
  async enqueueAll(
    input: ScriptInput,
    options: GenerateOptions & {
      readonly variant?: string;
      /** Runs in the transaction that stores the jobs (e.g. records an idempotency key); may refuse. */
      readonly alongside?: (jobs: readonly VideoJob[]) => void;
    } = {},
  ): Promise<VideoJob[]> {
    this.#assertOpen();
    const { prepared, jobOptions } = await this.#prepareWithOptions(input, options);
    const jobs = jobRecordsFor(prepared, jobOptions, {
      newId: this.#deps.newId ?? randomUUID,
      createdAt: this.#store.now(),
      only: options.variant,
      scriptPath: input.path,
      ownerPid: this.#pid,
    });
    // A voice that cannot be used is refused now, not when the job reaches the front of the queue.
    for (const job of jobs) await this.#narration?.checkVoice(job);
    this.#store.insertAll(jobs, options.alongside && (() => options.alongside!(jobs)));
    this.#scheduler.schedule();
    return jobs;
  }

  /** Queues a job and resolves when it has ended, whatever the outcome. */
  async generateVideo(input: ScriptInput, options: GenerateOptions = {}): Promise<VideoJob> {
    const job = await this.enqueue(input, options);
    return this.waitForJob(job.id);
  }

  /** Queues every script it can; a bad script is reported in its entry and never blocks the others. */
  generateBatch(inputs: readonly ScriptInput[], options: GenerateOptions = {}): Promise<BatchEntry[]> {
    return enqueueEach(inputs, (input) => this.enqueue(input, options));
  }

  /** Resolves when the job has ended (or, if the service closes first, with the job as it is then). */
  waitForJob(jobId: string): Promise<VideoJob> {
    const job = this.getJob(jobId);
    if (isTerminalStatus(job.status)) return Promise.resolve(job);
    const ended = this.#waiters.wait(job.id);
    this.#watch.ensure();
    return ended;
  }

  /** A job by id or unique id prefix; throws `JobNotFoundError`. */
  getJob(jobId: string): VideoJob {
    return this.#store.require(jobId);
  }

  listJobs(filter?: JobListFilter): VideoJob[] {
    return this.#deps.jobs.list(filter);
  }

  /** Finished and failed renders, newest first. */
  history(filter: JobListFilter = {}): VideoJob[] {
    return this.#deps.jobs.list({ status: filter.status ?? [...TERMINAL_STATUSES], ...filter });
  }

  /** Cancels a queued or running job. Running jobs end "cancelled" once their provider stops. */
  cancel(jobId: string): Promise<VideoJob> {
    return cancelJob(this.getJob(jobId), {
      store: this.#store,
      registry: this.#deps.registry,
      active: this.#active,
      waiters: this.#waiters,
      cancelRequests: this.#deps.cancelRequests,
    });
  }

  /**
   * A render farm worker's report on a job this process dispatched: written and announced like
   * a local change, and whoever waits for the job hears when it ends.
   */
  recordFarmUpdate(jobId: string, update: JobUpdate): VideoJob {
    const job = this.#store.update(jobId, update);
    if (isTerminalStatus(job.status)) this.#waiters.settle(job);
    return job;
  }

  /** Queues a failed, cancelled or interrupted job again with the same script and options. */
  retry(jobId: string): VideoJob {
    this.#assertOpen();
    const queued = requeueJob(this.getJob(jobId), { store: this.#store, ownerPid: this.#pid });
    this.#scheduler.schedule();
    return queued;
  }

  /** Removes a job from history, and its files when asked. Running jobs must be cancelled first. */
  deleteJob(jobId: string, options: { deleteFiles: boolean }): Promise<void> {
    return deleteEndedJob(this.getJob(jobId), options.deleteFiles, {
      store: this.#store,
      files: this.#deps.files,
    });
  }

  /**
   * Rendering one job, once the scheduler has given it a provider (the runner calls this under
   * its timeout, progress and checkpoints): narration first when the job speaks, then the
   * provider renders the video.
   */
  async #render(job: VideoJob, provider: VideoProvider, context: RenderContext) {
    const planned = generationRequestFor(job);
    const narration = this.#narration;
    const request = narration ? await narration.prepare(job, planned, context) : planned;
    const estimate = provider.estimateCost(request);
    // History, its Scenes table and the API show the timeline the video really has.
    const timeline = request.timeline !== planned.timeline ? { timeline: request.timeline } : {};
    this.#store.write(job.id, { cost: { estimate }, ...timeline });
    const rendered = await provider.generate(request, context);
    return { output: narration ? await narration.finish(request, rendered) : rendered, estimate };
  }

  // ── providers and metrics (read-only views) ───────────────────────────────────────────────

  /** What each provider would charge for a script, without rendering it. */
  async estimate(input: ScriptInput, options: GenerateOptions = {}): Promise<CostQuote[]> {
    const { prepared, jobOptions } = await this.#prepareWithOptions(input, { ...options, provider: 'auto' });
    const request = generationRequestFor(newJobRecord('estimate', prepared, jobOptions, this.#store.now()));
    return quoteCosts(request, this.#deps.registry, await this.listProviderStatuses());
  }

  listProviderStatuses(): Promise<ProviderStatus[]> {
    return readProviderStatuses(this.#deps.registry, this.#deps.config, (id) => this.#active.runningOn(id));
  }

  getMetrics(): ServiceMetrics {
    return metricsSnapshot(this.#deps.metrics, this.#deps.registry, this.#deps.jobs);
  }

  /** The script laid out (with its channel and template) and the options its jobs will run with. */
  async #prepareWithOptions(input: ScriptInput, options: GenerateOptions) {
    const resolved = resolveJobOptions(options, this.#deps.config, this.#deps.registry);
    const prepared = await this.prepare(input, options.channel, options.template);
    return { prepared, jobOptions: withPlatform(resolved, options, prepared, this.#deps.config) };
  }

  #assertOpen(): void {
    if (this.#closed) throw new ReelforgeError('the render service has been closed');
  }
}
