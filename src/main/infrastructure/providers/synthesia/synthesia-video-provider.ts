import { rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ProviderError, ShutdownError } from '#core/errors.js';
import type { CostEstimate, ProviderAvailability, RenderContext } from '#core/provider.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { ProviderOutput } from '#core/result.js';
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
import { memoryCheckpoint } from '../cloud/memory-checkpoint.js';
import { pollUntil } from '../cloud/poll.js';
import { MODERATION_MESSAGE } from '../cloud/provider-errors.js';
import { withRetries } from '../cloud/retry.js';
import type { FfmpegBinaries } from '../ffmpeg/binary-discovery.js';
import type { MediaProbe } from '../ffmpeg/ffmpeg-adapter.js';
import { SynthesiaClient } from './synthesia-client.js';
import {
  billedMinutes,
  readSynthesiaOptions,
  sceneFor,
  SYNTHESIA_DEFAULT_POLL_SECONDS,
  SYNTHESIA_DEFAULT_URL,
  SYNTHESIA_MAX_SCENES,
  type SynthesiaOptions,
} from './synthesia-options.js';
import type { CreateVideoBody, SynthesiaVideo } from './synthesia-schemas.js';

export type SynthesiaProviderOptions = CloudProviderWiring;

/** Synthesia renders without progress figures; the bar creeps towards this while it works. */
const GENERATING_CEILING = 0.85;

/** Why a Synthesia render needs FFmpeg's tools. */
const FFPROBE_NEED = 'needs ffprobe to check downloads';

/**
 * Synthesia: an avatar presents the script. One `POST /v2/videos` with a scene per timeline
 * scene, polled until `complete`, then the video, its thumbnail and captions are downloaded
 * beside each other. The video id is checkpointed at once, so a restart resumes polling it.
 */
export class SynthesiaVideoProvider extends CloudVideoProvider {
  constructor(options: SynthesiaProviderOptions) {
    super(
      {
        id: 'synthesia',
        name: 'Synthesia (avatar presenter, cloud)',
        service: 'Synthesia',
        defaults: { baseUrl: SYNTHESIA_DEFAULT_URL, pollIntervalSeconds: SYNTHESIA_DEFAULT_POLL_SECONDS },
        capabilities: ['text-to-video', 'avatar', 'captions', 'audio'],
        // Synthesia renders at its own resolution (1080p); 4K is not on offer.
        supportedQualities: ['draft', 'standard', 'high'],
        // testMode: Synthesia's free, watermarked test videos (`providers.synthesia.test`).
        settingsFields: ['apiKey', 'apiUrl', 'testMode'],
      },
      options,
    );
  }

  #client(cloud: CloudSettings): SynthesiaClient {
    return new SynthesiaClient(this.clientOptions(cloud));
  }

  async isAvailable(): Promise<ProviderAvailability> {
    const config = this.configured(() => readSynthesiaOptions(this.settings().options));
    if ('unavailable' in config) return config.unavailable;
    const found = this.ffmpegBinaries(FFPROBE_NEED);
    if ('reason' in found) return { available: false, reason: found.reason };
    return {
      available: true,
      version: `Synthesia API v2 at ${safeHost(config.cloud.baseUrl)}${config.options.test ? ' (test videos)' : ''}`,
    };
  }

  /** Minutes of video (Synthesia bills per minute); test videos are free. */
  override estimateCost(request: VideoGenerationRequest): CostEstimate {
    try {
      const options = readSynthesiaOptions(this.settings().options);
      return { amount: billedMinutes(request.timeline.durationSeconds, options), unit: 'minutes' };
    } catch {
      return { amount: 0, unit: 'minutes' };
    }
  }

  protected connectionRead(cloud: CloudSettings, signal: AbortSignal): Promise<unknown> {
    return this.#client(cloud).listOneVideo(signal);
  }

  /** Deletes the video a checkpoint names (a job cancelled while waiting to resume). */
  async abandon(state: Readonly<Record<string, unknown>>): Promise<void> {
    const videoId = state['videoId'];
    if (typeof videoId !== 'string') return;
    const cloud = this.cloud();
    if (!cloud.apiKey) return;
    const client = this.#client(cloud);
    await bestEffort([(signal) => client.deleteVideo(videoId, signal)]);
  }

  protected override validateRequest(request: VideoGenerationRequest): void {
    super.validateRequest(request);
    const count = request.timeline.scenes.length;
    if (count > SYNTHESIA_MAX_SCENES) {
      throw new ProviderError(
        this.id,
        `the script has ${count} scenes; Synthesia takes at most ${SYNTHESIA_MAX_SCENES} per video (fewer main points, or another provider)`,
        { code: 'too_many_scenes', retryable: true },
      );
    }
  }

  protected async render(request: VideoGenerationRequest, context: RenderContext): Promise<ProviderOutput> {
    const { cloud, options, binaries } = this.#prepare();
    const client = this.#client(cloud);
    const checkpoint = context.checkpoint ?? memoryCheckpoint();
    const { signal } = context;
    const retry = <T>(call: () => Promise<T>) =>
      withRetries(call, { signal, maxAttempts: cloud.maxAttempts, policy: cloud.backoff });
    const saved = checkpoint.load()?.['videoId'];
    let videoId = typeof saved === 'string' ? saved : undefined;

    let video: SynthesiaVideo;
    try {
      if (videoId === undefined) {
        context.onProgress({ progress: 0.01, stage: 'submitting' });
        const created = await withRetries(() => client.createVideo(this.#body(request, options), signal), {
          signal,
          maxAttempts: cloud.maxAttempts,
          policy: cloud.backoff,
          shouldRetry: isRefusedCreate,
        });
        videoId = created.id;
        checkpoint.save({ videoId });
      }
      const id = videoId;
      const startedAt = Date.now();
      video = await pollUntil(
        () => retry(() => client.getVideo(id, signal)),
        (v) => v.status !== 'in_progress',
        {
          intervalMs: cloud.pollIntervalMs,
          signal,
          onState: () => {
            // No progress figure in the API: approach the ceiling, a third of the way per minute.
            const minutes = (Date.now() - startedAt) / 60_000;
            const fraction = GENERATING_CEILING * (1 - Math.exp(-minutes / 3));
            context.onProgress({ progress: 0.02 + fraction, stage: 'generating at Synthesia' });
          },
        },
      );
    } catch (error) {
      if (
        videoId !== undefined &&
        // Shutting down: the video goes on rendering and the checkpoint resumes it next start.
        !(signal.reason instanceof ShutdownError) &&
        (signal.aborted || !(error instanceof CloudCallError && error.kind === 'not-found'))
      ) {
        // Cancel, timeout or give-up: the video must not keep rendering (and costing) remotely.
        const id = videoId;
        await bestEffort([(s) => client.deleteVideo(id, s)]);
      }
      if (signal.aborted) throw error;
      throw this.callFailure(error, 'rendering the video');
    }

    if (video.status === 'rejected') {
      throw new ProviderError(
        this.id,
        `${MODERATION_MESSAGE} (Synthesia rejected video ${video.id}); change the script`,
        {
          code: 'moderation',
          retryable: false,
        },
      );
    }
    if (video.status === 'error') {
      throw new ProviderError(this.id, `Synthesia failed to render video ${video.id}`, {
        code: 'provider_failed',
        retryable: true,
      });
    }

    try {
      const output = await this.#downloadAll(request, context, client, video, binaries, cloud);
      // Billed as the video was created (test or not), whatever the settings say by now.
      return { ...output, cost: { amount: billedMinutes(output.durationSeconds, options), unit: 'minutes' } };
    } catch (error) {
      if (signal.aborted) throw error;
      throw this.callFailure(error, 'downloading the video');
    }
  }

  #prepare(): PreparedCloudRender<SynthesiaOptions> {
    return this.prepareRender(() => readSynthesiaOptions(this.settings().options), FFPROBE_NEED);
  }

  #body(request: VideoGenerationRequest, options: SynthesiaOptions): CreateVideoBody {
    const look = options.lookFor(request.timeline.channel);
    return {
      test: options.test,
      title: request.script.topic.slice(0, 200),
      visibility: 'private',
      aspectRatio: request.aspectRatio,
      input: request.timeline.scenes.map((scene) => sceneFor(scene.text, look)),
    };
  }

  /**
   * Video first (checked with ffprobe, renamed into place), then thumbnail and captions beside it.
   * An expired download link is refreshed by reading the video again. Any failure removes what
   * this render already put in place, so a failed job leaves no files.
   */
  async #downloadAll(
    request: VideoGenerationRequest,
    context: RenderContext,
    client: SynthesiaClient,
    first: SynthesiaVideo,
    binaries: FfmpegBinaries,
    cloud: CloudSettings,
  ): Promise<ProviderOutput> {
    const { signal } = context;
    const outputDir = resolve(request.outputDir);
    const base = request.outputBaseName;
    const paths = {
      video: join(outputDir, `${base}.mp4`),
      thumbnail: join(outputDir, `${base}.jpg`),
      srt: join(outputDir, `${base}.srt`),
      vtt: join(outputDir, `${base}.vtt`),
    };
    let video = first;
    const written: string[] = [];
    const fetchOne = async (
      pick: (v: SynthesiaVideo) => string | undefined,
      destination: string,
      check?: (p: string) => Promise<void>,
    ) => {
      const url = pick(video);
      if (!url) return false;
      await downloadWithFreshLink({
        url,
        destination,
        signal,
        cloud,
        verify: check,
        freshLink: async () => {
          video = await client.getVideo(video.id, signal);
          return pick(video);
        },
      });
      written.push(destination);
      return true;
    };

    try {
      context.onProgress({ progress: 0.9, stage: 'downloading' });
      if (!video.download)
        throw new CloudCallError('malformed', `video ${video.id} is complete but has no download link`);
      let probe: MediaProbe | undefined;
      await fetchOne(
        (v) => v.download,
        paths.video,
        async (temp) => {
          probe = await checkVideoFile(binaries, temp, 'the downloaded video');
        },
      );
      context.onProgress({ progress: 0.96, stage: 'downloading thumbnail and captions' });
      // Extras: a thumbnail or caption file that cannot be had leaves the finished video as it is.
      const extra = (pick: (v: SynthesiaVideo) => string | undefined, destination: string) =>
        fetchOne(pick, destination).catch((error: unknown) => {
          if (signal.aborted) throw error;
          return false;
        });
      const hasThumbnail = await extra((v) => v.thumbnail?.image, paths.thumbnail);
      const hasSrt = await extra((v) => v.captions?.srt, paths.srt);
      const hasVtt = await extra((v) => v.captions?.vtt, paths.vtt);
      const stream = probe!.streams.find((s) => s.type === 'video')!;
      const { size } = await stat(paths.video);
      return {
        outputPath: paths.video,
        thumbnailPath: hasThumbnail ? paths.thumbnail : undefined,
        extraFiles: [hasSrt && paths.srt, hasVtt && paths.vtt].filter((p): p is string => Boolean(p)),
        // The avatar's speech sets the length: it comes from the file, not the timeline.
        durationSeconds: probe!.durationSeconds,
        sizeBytes: size,
        width: stream.width ?? 0,
        height: stream.height ?? 0,
        mimeType: 'video/mp4',
        details: {
          remoteVideoId: video.id,
          captions: { srt: hasSrt ? paths.srt : undefined, vtt: hasVtt ? paths.vtt : undefined },
        },
      };
    } catch (error) {
      await Promise.all(written.map((path) => rm(path, { force: true })));
      throw error;
    }
  }
}
