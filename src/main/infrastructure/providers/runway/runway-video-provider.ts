import { ProviderError, ReelforgeError, ShutdownError } from '#core/errors.js';
import type { CostEstimate, ProviderAvailability, RenderCheckpoint, RenderContext } from '#core/provider.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { ProviderOutput } from '#core/result.js';
import { VIDEO_QUALITIES } from '#core/video-quality.js';
import {
  CloudVideoProvider,
  type CloudProviderWiring,
  type PreparedCloudRender,
} from '../cloud/cloud-video-provider.js';
import { bestEffort } from '../cloud/best-effort.js';
import { CloudCallError, isRefusedCreate } from '../cloud/call-error.js';
import type { CloudSettings } from '../cloud/cloud-settings.js';
import { downloadWithFreshLink, safeHost } from '../cloud/download.js';
import { checkVideoFile } from '../cloud/media-check.js';
import { pollUntil } from '../cloud/poll.js';
import { memoryCheckpoint } from '../cloud/memory-checkpoint.js';
import { withRetries } from '../cloud/retry.js';
import { runLimited } from '../cloud/run-limited.js';
import type { FfmpegBinaries } from '../ffmpeg/binary-discovery.js';
import { FfmpegVideoProvider } from '../ffmpeg/ffmpeg-video-provider.js';
import { ClipCache, isClipKey } from './clip-cache.js';
import { clipCacheKey, clipRequestsFor, type ClipRequest } from './clip-request.js';
import { RunwayClient } from './runway-client.js';
import { estimateRunwayCredits } from './runway-cost.js';
import { INTERNAL_FAILURE_RETRIES, isInternalFailure, taskFailureError } from './runway-failures.js';
import {
  readRunwayOptions,
  RUNWAY_DEFAULT_POLL_SECONDS,
  RUNWAY_DEFAULT_URL,
  type RunwayOptions,
} from './runway-options.js';
import { isFinalTask, type RunwayTask } from './runway-task.js';

/** The cloud wiring (the local FFmpeg renderer composes the clips) plus the clip cache. */
export interface RunwayProviderOptions extends CloudProviderWiring {
  /** Folder of the clip cache, e.g. `<dataDir>/cache/runway`. */
  readonly cacheDir: string;
}

/** What every render reads first: the cloud settings, the Runway options and ffmpeg. */
type PreparedRender = PreparedCloudRender<RunwayOptions>;

/** Durable state of a Runway render: the task id of every clip request (by cache key) in flight. */
interface RunwayCheckpoint {
  readonly tasks: Record<string, string>;
}

/** Shares of the progress bar: clips first, composition after. */
const GENERATION_SPAN = [0.02, 0.6] as const;

/**
 * RunwayML: one text-to-video task per scene (`POST /v1/text_to_video`), polled with Reelforge's
 * own loop, downloaded into a content-addressed clip cache, and composed by the local FFmpeg
 * renderer as the scene backgrounds under the same text, transitions and audio. Task ids are
 * checkpointed the moment Runway returns them, so a restarted app resumes instead of paying twice.
 */
export class RunwayVideoProvider extends CloudVideoProvider {
  readonly #composer: FfmpegVideoProvider;
  readonly #cache: ClipCache;
  /** Cache keys of every running render's clips, counted: the clean-up never deletes these. */
  readonly #clipsInUse = new Map<string, number>();

  constructor(options: RunwayProviderOptions) {
    super(
      {
        id: 'runway',
        name: 'RunwayML (AI footage, cloud)',
        service: 'Runway',
        defaults: { baseUrl: RUNWAY_DEFAULT_URL, pollIntervalSeconds: RUNWAY_DEFAULT_POLL_SECONDS },
        capabilities: ['text-to-video', 'ai-generation', 'animation', 'transitions', 'audio'],
        supportedQualities: VIDEO_QUALITIES,
        settingsFields: ['apiKey', 'apiUrl'],
      },
      options,
    );
    this.#composer = new FfmpegVideoProvider(options.ffmpegSettings, { env: options.env });
    this.#cache = new ClipCache(options.cacheDir);
  }

  async isAvailable(): Promise<ProviderAvailability> {
    const config = this.configured(() => readRunwayOptions(this.settings().options).model);
    if ('unavailable' in config) return config.unavailable;
    const composer = await this.#composer.isAvailable();
    if (!composer.available) {
      return {
        available: false,
        reason: `needs FFmpeg to compose the clips: ${composer.reason ?? 'not available'}`,
      };
    }
    return { available: true, version: `Runway ${config.options} at ${safeHost(config.cloud.baseUrl)}` };
  }

  override estimateCost(request: VideoGenerationRequest): CostEstimate {
    try {
      const options = readRunwayOptions(this.settings().options);
      const clips = clipRequestsFor(request, options);
      return estimateRunwayCredits(
        clips,
        (clip) => this.#cache.has(clipCacheKey(clip)),
        options.creditsPerSecond,
      );
    } catch {
      // A broken config is reported by isAvailable; an estimate must not throw.
      return { amount: 0, unit: 'credits' };
    }
  }

  protected connectionRead(cloud: CloudSettings, signal: AbortSignal): Promise<unknown> {
    return this.#client(cloud).getOrganization(signal);
  }

  /** Cancels every task a checkpoint names (a job cancelled while waiting to resume). */
  async abandon(state: Readonly<Record<string, unknown>>): Promise<void> {
    const ids = Object.values(parseCheckpoint(state));
    if (ids.length === 0) return;
    const cloud = this.cloud();
    if (!cloud.apiKey) return;
    const client = this.#client(cloud);
    await bestEffort(ids.map((id) => (signal: AbortSignal) => client.deleteTask(id, signal)));
  }

  #client(cloud: CloudSettings): RunwayClient {
    return new RunwayClient(this.clientOptions(cloud));
  }

  protected async render(request: VideoGenerationRequest, context: RenderContext): Promise<ProviderOutput> {
    const prepared = this.#prepare();
    const clips = clipRequestsFor(request, prepared.options);
    const keys = clips.map(clipCacheKey);
    this.#holdClips(keys, 1);
    try {
      return await this.#generateAndCompose(request, context, prepared, clips, keys);
    } finally {
      this.#holdClips(keys, -1);
      // Clips of a failed render stay if they fit: a retry then costs nothing for them.
      await this.#cache
        .prune(prepared.options.clipCacheBytes, new Set(this.#clipsInUse.keys()))
        .catch(() => []);
    }
  }

  #holdClips(keys: readonly string[], change: 1 | -1): void {
    for (const key of new Set(keys)) {
      const count = (this.#clipsInUse.get(key) ?? 0) + change;
      if (count > 0) this.#clipsInUse.set(key, count);
      else this.#clipsInUse.delete(key);
    }
  }

  async #generateAndCompose(
    request: VideoGenerationRequest,
    context: RenderContext,
    { cloud, options, binaries }: PreparedRender,
    clips: readonly ClipRequest[],
    keys: readonly string[],
  ): Promise<ProviderOutput> {
    const client = this.#client(cloud);
    await this.#cache.ensureDir();
    const cachedAtStart = new Set(keys.filter((key) => this.#cache.has(key)));
    // Scenes asking for the same clip share one task; the first scene names it in messages.
    const todo = [...new Set(keys)].filter((key) => !cachedAtStart.has(key));
    const checkpoint = new TaskCheckpoint(context.checkpoint ?? memoryCheckpoint());
    const progress = new ClipProgress(keys.length, cachedAtStart.size, context.onProgress);
    progress.report('submitting');

    const stop = new AbortController();
    const signal = AbortSignal.any([context.signal, stop.signal]);
    const inFlight = new Set<string>();
    let credits = 0;
    const job: ClipJob = {
      client,
      cloud,
      signal,
      checkpoint,
      inFlight,
      progress,
      binaries,
      creditsPerSecond: options.creditsPerSecond,
    };

    try {
      await runLimited(todo, Math.max(1, this.settings().maxConcurrent), async (key) => {
        const index = keys.indexOf(key);
        try {
          const spent = await this.#makeClip(job, key, clips[index]!, index + 1);
          credits += spent;
        } catch (error) {
          stop.abort(error);
          throw error;
        }
      });
    } catch (error) {
      // Shutting down: the tasks go on and the checkpoint lets the next start pick them up.
      if (context.signal.reason instanceof ShutdownError) throw error;
      // Cancel, timeout or a failed clip: stop paying for the other clips at once.
      const ids = [...inFlight];
      await bestEffort(ids.map((id) => (s: AbortSignal) => client.deleteTask(id, s)));
      checkpoint.forgetTasks(ids);
      if (context.signal.aborted) throw error;
      throw this.callFailure(error, 'generating the clips');
    }

    await Promise.all(keys.map((key) => this.#cache.touch(key)));
    const output = await this.#compose(
      request,
      context,
      keys.map((key) => this.#cache.pathFor(key)),
    );
    const fromCache = keys.filter((key) => cachedAtStart.has(key)).length;
    return {
      ...output,
      cost: { amount: credits, unit: 'credits' },
      details: {
        clipsFromCache: fromCache,
        clipsGenerated: keys.length - fromCache,
        model: options.model,
      },
    };
  }

  #prepare(): PreparedRender {
    return this.prepareRender(
      () => readRunwayOptions(this.settings().options),
      'needs FFmpeg to check and compose the clips',
    );
  }

  /**
   * Gets one clip into the cache: resumes the checkpointed task or creates one (checkpointing its
   * id at once), polls it to the end, downloads and checks the clip. Returns the credits it cost.
   */
  async #makeClip(job: ClipJob, key: string, clip: ClipRequest, sceneNumber: number): Promise<number> {
    const { client, cloud, signal, checkpoint, inFlight, progress } = job;
    const retry = <T>(call: () => Promise<T>) =>
      withRetries(call, { signal, maxAttempts: cloud.maxAttempts, policy: cloud.backoff });
    let taskId = checkpoint.taskFor(key);
    let resumed = taskId !== undefined;
    let internalRetries = INTERNAL_FAILURE_RETRIES;
    for (;;) {
      if (taskId === undefined) {
        progress.update(key, 'submitting', 0);
        const created = await withRetries(() => client.createTextToVideo(clip, signal), {
          signal,
          maxAttempts: cloud.maxAttempts,
          policy: cloud.backoff,
          shouldRetry: isRefusedCreate,
        });
        taskId = created.id;
        checkpoint.remember(key, taskId);
      }
      const id: string = taskId;
      inFlight.add(id);
      let task: RunwayTask;
      try {
        task = await pollUntil(() => retry(() => client.getTask(id, signal)), isFinalTask, {
          intervalMs: cloud.pollIntervalMs,
          signal,
          onState: (state) =>
            progress.update(key, state.status, state.status === 'RUNNING' ? (state.progress ?? 0) : 0),
        });
      } catch (error) {
        // A resumed task Runway no longer knows (expired, deleted): make the clip anew.
        if (resumed && error instanceof CloudCallError && error.kind === 'not-found') {
          inFlight.delete(id);
          checkpoint.forgetTasks([id]);
          taskId = undefined;
          resumed = false;
          continue;
        }
        throw error;
      }
      if (task.status === 'CANCELLED' && resumed) {
        // Cancelled by the previous run's clean-up: this run still wants the clip.
        inFlight.delete(id);
        checkpoint.forgetTasks([id]);
        taskId = undefined;
        resumed = false;
        continue;
      }
      if (task.status !== 'SUCCEEDED') {
        inFlight.delete(id);
        checkpoint.forgetTasks([id]);
        if (isInternalFailure(task) && internalRetries > 0) {
          // Runway's own failure (e.g. INTERNAL.BAD_OUTPUT): a new generation usually succeeds.
          internalRetries -= 1;
          taskId = undefined;
          resumed = false;
          continue;
        }
        throw taskFailureError(task, sceneNumber, this.redact);
      }
      progress.update(key, 'downloading', 1);
      await this.#download(job, task, this.#cache.pathFor(key), sceneNumber);
      inFlight.delete(id);
      checkpoint.forgetTasks([id]);
      // Runway reports what a finished task cost; the price list stands in when it does not.
      return task.cost?.credits ?? clip.duration * job.creditsPerSecond;
    }
  }

  /** Downloads a finished task's clip; an expired output URL is refreshed by reading the task again. */
  async #download(
    job: ClipJob,
    task: Extract<RunwayTask, { status: 'SUCCEEDED' }>,
    destination: string,
    sceneNumber: number,
  ): Promise<void> {
    const { client, cloud, signal, binaries } = job;
    await downloadWithFreshLink({
      url: task.output[0]!,
      destination,
      signal,
      cloud,
      verify: (path) =>
        checkVideoFile(binaries, path, `the clip for scene ${sceneNumber}`).then(() => undefined),
      freshLink: async () => {
        const fresh = await client.getTask(task.id, signal);
        return fresh.status === 'SUCCEEDED' ? fresh.output[0] : undefined;
      },
    });
  }

  async #compose(
    request: VideoGenerationRequest,
    context: RenderContext,
    clipPaths: string[],
  ): Promise<ProviderOutput> {
    const from = GENERATION_SPAN[1];
    try {
      return await this.#composer.composeWithSceneBackgrounds(
        request,
        {
          signal: context.signal,
          checkpoint: context.checkpoint,
          onProgress: (p) =>
            context.onProgress({ progress: from + (1 - from) * p.progress, stage: 'composing' }),
        },
        clipPaths,
      );
    } catch (error) {
      if (context.signal.aborted || !(error instanceof ReelforgeError)) throw error;
      const retryable = error instanceof ProviderError && error.retryable;
      const message = error.message.replace(/^ffmpeg: /, '');
      throw new ProviderError(this.id, `composing the clips failed: ${message}`, {
        code: 'compose_failed',
        retryable,
      });
    }
  }
}

interface ClipJob {
  readonly client: RunwayClient;
  readonly cloud: CloudSettings;
  readonly signal: AbortSignal;
  readonly checkpoint: TaskCheckpoint;
  readonly inFlight: Set<string>;
  readonly progress: ClipProgress;
  readonly binaries: FfmpegBinaries;
  readonly creditsPerSecond: number;
}

/** The job's checkpoint as a map of clip cache key → Runway task id, saved on every change. */
class TaskCheckpoint {
  readonly #store: RenderCheckpoint;
  readonly #tasks: Record<string, string>;

  constructor(store: RenderCheckpoint) {
    this.#store = store;
    this.#tasks = parseCheckpoint(store.load());
  }

  taskFor(key: string): string | undefined {
    return this.#tasks[key];
  }

  remember(key: string, taskId: string): void {
    this.#tasks[key] = taskId;
    this.#save();
  }

  forgetTasks(ids: readonly string[]): void {
    let changed = false;
    for (const [key, id] of Object.entries(this.#tasks)) {
      if (ids.includes(id)) {
        delete this.#tasks[key];
        changed = true;
      }
    }
    if (changed) this.#save();
  }

  #save(): void {
    const state: RunwayCheckpoint = { tasks: { ...this.#tasks } };
    this.#store.save(state as unknown as Record<string, unknown>);
  }
}

function parseCheckpoint(state: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  const tasks = state?.['tasks'];
  if (!tasks || typeof tasks !== 'object' || Array.isArray(tasks)) return {};
  return Object.fromEntries(
    Object.entries(tasks as Record<string, unknown>).filter(
      (entry): entry is [string, string] => isClipKey(entry[0]) && typeof entry[1] === 'string',
    ),
  );
}

type ClipPhase =
  'submitting' | 'PENDING' | 'THROTTLED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'downloading';

/** Overall progress and a stage text from the state of every clip. */
class ClipProgress {
  readonly #phases = new Map<string, { phase: ClipPhase; fraction: number }>();

  constructor(
    readonly total: number,
    readonly cached: number,
    readonly onProgress: RenderContext['onProgress'],
  ) {}

  update(key: string, phase: ClipPhase, fraction: number): void {
    this.#phases.set(key, { phase, fraction });
    this.report(this.#stage(phase));
  }

  report(stage: string): void {
    const [from, to] = GENERATION_SPAN;
    let done = this.cached;
    for (const { fraction } of this.#phases.values()) done += fraction;
    this.onProgress({ progress: from + (to - from) * (done / Math.max(1, this.total)), stage });
  }

  #stage(latest: ClipPhase): string {
    const phases = [...this.#phases.values()].map((p) => p.phase);
    const finished = this.cached + phases.filter((p) => p === 'downloading' || p === 'SUCCEEDED').length;
    const current = Math.min(this.total, finished + 1);
    if (latest === 'downloading') return `downloading clip ${finished} of ${this.total}`;
    if (phases.includes('THROTTLED')) return 'throttled at Runway (waiting for a free slot)';
    if (latest === 'submitting') return `submitting clip ${current} of ${this.total}`;
    if (latest === 'PENDING') return 'queued at Runway';
    return `generating clip ${current} of ${this.total}`;
  }
}
