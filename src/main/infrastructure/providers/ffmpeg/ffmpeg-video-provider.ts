import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ProviderSettings } from '#core/config.js';
import { ProviderError } from '#core/errors.js';
import type { ProviderAvailability, RenderContext } from '#core/provider.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { ProviderOutput } from '#core/result.js';
import { VIDEO_QUALITIES } from '#core/video-quality.js';
import { PLATFORM_PRESETS, renderFrameSize, videoBitrateCapKbps } from '#core/platform-presets.js';
import { videoCommentTag } from '#core/variants/script-variant.js';
import { BaseVideoProvider } from '../base-video-provider.js';
import { isExecutableFile } from '../executables.js';
import { discoverBinaries, type BinaryDiscovery, type FfmpegBinaries } from './binary-discovery.js';
import { BackgroundCache } from './background-cache.js';
import { EncodeTuner } from './encode-tuner.js';
import { encodeRun } from './encode-tuning.js';
import { readFfmpegVersion, runFfmpeg, type FfmpegRun, type RunEnd } from './ffmpeg-adapter.js';
import { readFfmpegOptions, type FfmpegProviderOptions } from './ffmpeg-options.js';
import { findFontsDir, registerFonts, registerTemplateFonts } from './fonts.js';
import { MachineProfile } from './machine-profile.js';
import { checkRenderedOutput } from './output-check.js';
import { createProgressThrottle, overallProgress, parseProgress, type RenderStage } from './progress.js';
import { planRender } from './render-plan.js';
import { learnPartBalance } from './part-balance.js';
import { joinParts, SkippedFramesRefused } from './mp4-join.js';
import { framesDoneAfter, skippedFrameFlags } from './hold-frames.js';
import { probeMp4 } from './mp4-probe.js';
import { yuv420Converter } from './yuv420-converter.js';
import { cumulativeCosts, PartProgressLog, stillFrames } from './part-costs.js';
import {
  halvingFrame,
  MAX_REBALANCES,
  REBALANCE_WORTH_SECONDS,
  startableFrames,
  worthRebalancing,
} from './part-rebalance.js';
import { runSideBySide } from './side-by-side-parts.js';
import { planParts } from './render-parts.js';
import {
  joinOf,
  partRun,
  renderRuns,
  shareThreads,
  type PartRun,
  type RenderFiles,
  type RenderRunsInput,
} from './render-runs.js';
import { prepareSceneAssets } from './scene-assets.js';
import { writeBurnedCaptions } from './burned-captions.js';

/** Seams for tests and for embedding; production uses the defaults. */
export interface FfmpegProviderDeps {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly isExecutable?: (path: string) => boolean;
  readonly cpuCount?: number;
  /** Told the pid of every ffmpeg child started, e.g. to watch that cancel really stops it. */
  readonly onSpawn?: (pid: number) => void;
  /**
   * Folder of what is kept between renders: the machine profile (ffmpeg versions, learned encode
   * settings) and drawn backgrounds. Without it nothing is kept.
   */
  readonly cacheDir?: string;
  /** Told what a developer may want to know, e.g. why the parts were joined by ffmpeg. */
  readonly debug?: (line: string) => void;
  /**
   * How much longer (seconds) the last part running alone must need before its rest is shared
   * between the cores (part-rebalance.ts); tests set 0 to make every render in parts do it.
   */
  readonly rebalanceWorthSeconds?: number;
}

/**
 * Local renderer on FFmpeg: canvas draws each scene's background and text into images, ffmpeg
 * composes, animates and encodes them and writes a poster JPEG from the hook (one run, or on a
 * small machine two runs side by side, each making part of the video, joined by copying samples),
 * and ffprobe checks the result before both are renamed into place.
 */
export class FfmpegVideoProvider extends BaseVideoProvider {
  readonly #settings: () => ProviderSettings;
  readonly #deps: FfmpegProviderDeps;
  readonly #versions = new Map<string, Promise<string | undefined>>();
  readonly #profile: MachineProfile;
  readonly #tuner: EncodeTuner;
  readonly #backgrounds: BackgroundCache | undefined;

  constructor(settings: ProviderSettings | (() => ProviderSettings), deps: FfmpegProviderDeps = {}) {
    super({
      id: 'ffmpeg',
      name: 'FFmpeg (local)',
      capabilities: ['text-to-video', 'animation', 'transitions', 'audio'],
      supportedQualities: VIDEO_QUALITIES,
      settingsFields: ['binaryPath'],
    });
    this.#settings = typeof settings === 'function' ? settings : () => settings;
    this.#deps = deps;
    this.#profile = new MachineProfile(deps.cacheDir);
    this.#tuner = new EncodeTuner(this.#profile, deps.cpuCount ?? availableParallelism());
    this.#backgrounds =
      deps.cacheDir === undefined ? undefined : new BackgroundCache(join(deps.cacheDir, 'backgrounds'));
  }

  async isAvailable(): Promise<ProviderAvailability> {
    const discovery = this.#discover();
    if (!discovery.found) return { available: false, reason: discovery.reason };
    try {
      readFfmpegOptions(this.#settings().options);
    } catch (error) {
      return { available: false, reason: (error as Error).message };
    }
    const { ffmpegPath } = discovery.binaries;
    const resolved = await this.#version(ffmpegPath);
    if (resolved === undefined) {
      this.#versions.delete(ffmpegPath);
      return { available: false, reason: `${ffmpegPath} does not run as ffmpeg (ffmpeg -version failed)` };
    }
    return { available: true, version: resolved };
  }

  /** The binary's version: from the machine profile when this exact file was seen before. */
  #version(ffmpegPath: string): Promise<string | undefined> {
    const known = this.#profile.version(ffmpegPath);
    if (known !== undefined) return Promise.resolve(known);
    let version = this.#versions.get(ffmpegPath);
    if (!version) {
      version = readFfmpegVersion(ffmpegPath).then((found) => {
        if (found !== undefined) this.#profile.rememberVersion(ffmpegPath, found);
        return found;
      });
      this.#versions.set(ffmpegPath, version);
    }
    return version;
  }

  #discover(): BinaryDiscovery {
    return discoverBinaries({
      binaryPath: this.#settings().binaryPath,
      env: this.#deps.env ?? process.env,
      isExecutable: this.#deps.isExecutable ?? isExecutableFile,
    });
  }

  /** The checked options; a wrong one is a configuration error naming its field. */
  #options(): FfmpegProviderOptions {
    try {
      return readFfmpegOptions(this.#settings().options);
    } catch (error) {
      throw new ProviderError(this.id, (error as Error).message, { code: 'bad_config' });
    }
  }

  generate(request: VideoGenerationRequest, context: RenderContext): Promise<ProviderOutput> {
    return this.guard(request, context, (checked) => this.render(request, checked));
  }

  protected async render(request: VideoGenerationRequest, context: RenderContext): Promise<ProviderOutput> {
    return this.#compose(request, context, undefined);
  }

  /**
   * The same composition, text layer, transitions, audio and output checks as a normal render, but
   * with a video clip (by scene position) behind each scene that has one, e.g. AI footage from a
   * cloud provider; scenes without a clip keep their drawn background. For other providers that
   * compose through this one: it does not check availability or count as an FFmpeg render.
   */
  async composeWithSceneBackgrounds(
    request: VideoGenerationRequest,
    context: RenderContext,
    sceneBackgrounds: readonly (string | undefined)[],
  ): Promise<ProviderOutput> {
    this.validateRequest(request);
    if (sceneBackgrounds.length > request.timeline.scenes.length) {
      throw new ProviderError(
        this.id,
        `${sceneBackgrounds.length} background clips for ${request.timeline.scenes.length} scenes`,
        { code: 'bad_backgrounds' },
      );
    }
    const missing = sceneBackgrounds.flatMap((path, i) =>
      path && !existsSync(path) ? [`scene ${i}: ${path}`] : [],
    );
    if (missing.length > 0) {
      throw new ProviderError(this.id, `background clip not found: ${missing.join(', ')}`, {
        code: 'missing_media',
      });
    }
    return this.#compose(request, context, sceneBackgrounds);
  }

  async #compose(
    request: VideoGenerationRequest,
    context: RenderContext,
    sceneBackgrounds: readonly (string | undefined)[] | undefined,
  ): Promise<ProviderOutput> {
    const discovery = this.#discover();
    if (!discovery.found)
      throw new ProviderError(this.id, discovery.reason, { code: 'unavailable', retryable: true });
    const binaries = discovery.binaries;
    const options = this.#options();
    const { timeline } = request;
    const platform = request.platform ?? 'generic';
    const frame = renderFrameSize(request.quality, request.aspectRatio, platform);
    this.#checkMedia(request);

    const report = createProgressThrottle(context.onProgress);
    const progress = (stage: RenderStage, fraction: number) =>
      report({ progress: overallProgress(stage, fraction), stage });

    const outputDir = resolve(request.outputDir);
    await mkdir(outputDir, { recursive: true });
    const base = request.outputBaseName;
    const partialVideo = join(outputDir, `.${base}.partial.mp4`);
    const partialPoster = join(outputDir, `.${base}.partial.jpg`);
    const finalVideo = join(outputDir, `${base}.mp4`);
    const finalPoster = join(outputDir, `${base}.jpg`);
    const scratchRoot = options.tempDir ? resolve(options.tempDir) : tmpdir();
    await mkdir(scratchRoot, { recursive: true });
    const scratch = await mkdtemp(join(scratchRoot, 'reelforge-ffmpeg-'));
    const written: string[] = [];
    let encodeToken: symbol | undefined;

    try {
      progress('preparing text', 0);
      const fontsDir = findFontsDir(options.fontsDir, this.#deps.env ?? process.env);
      registerFonts(fontsDir);
      // A template's own fonts are drawn under the names they were registered with.
      const fontName = registerTemplateFonts(timeline.style.fontFiles ?? []);
      const { fonts } = timeline.style;
      const assets = await prepareSceneAssets({
        timeline: {
          ...timeline,
          style: {
            ...timeline.style,
            fonts: { heading: fontName(fonts.heading), body: fontName(fonts.body) },
          },
        },
        frame,
        dir: scratch,
        backgroundImage: options.backgrounds?.[timeline.channel],
        sceneBackgrounds,
        backgroundCache: this.#backgrounds,
        toYuv420: yuv420Converter(binaries, context.signal),
        platform,
        signal: context.signal,
        onSceneDone: (done, total) => progress('preparing text', done / total),
      });
      const plan = planRender({
        timeline,
        frame,
        assets: assets.scenes,
        wipeMask: assets.wipeMask,
        transitionEngine: options.transitionEngine,
        loudness: PLATFORM_PRESETS[platform].loudness,
        platform,
        captions: await writeBurnedCaptions(timeline, frame, scratch, fontsDir, platform),
      });
      const ffmpegVersion = (await this.#version(binaries.ffmpegPath)) ?? 'ffmpeg';
      // Burned-in captions (libass on every frame) encode at another speed: learned apart.
      const workload = plan.captions ? `${request.quality}, captions` : request.quality;
      const encode = this.#tuner.settingFor(options, ffmpegVersion, workload);
      const skipHolds = options.skippedFrames !== false;
      const skipped = skippedFrameFlags(plan, skipHolds);
      const ranges = planParts(plan, encode.setting.parts, encode.firstShare, encode.movingCost, skipped);
      const files: RenderFiles = {
        video: partialVideo,
        poster: partialPoster,
        part: (i) => join(scratch, `part-${i}.mp4`),
        soundtrack: join(scratch, 'soundtrack.m4a'),
        concatList: join(scratch, 'parts.txt'),
      };
      const runInput: RenderRunsInput = {
        plan,
        ranges,
        quality: request.quality,
        threads: encode.threads,
        files,
        videoBitrateCapKbps: videoBitrateCapKbps(request.quality, platform),
        comment: videoCommentTag(request.jobId, request.variant),
        skipHolds,
      };
      const runs = renderRuns(runInput);

      progress('rendering', 0);
      written.push(partialVideo, partialPoster);
      const encodeStarted = performance.now();
      encodeToken = this.#tuner.begin();
      const partProgress = new PartProgressLog(ranges.map((r) => r.start));
      const still = stillFrames(plan);
      const costs = cumulativeCosts(still, encode.movingCost, skipped);
      const startable = startableFrames(plan);
      // Windows has no signal that makes ffmpeg finish its file early, so parts run as planned there.
      const rebalancing = runs.parts.length > 1 && process.platform !== 'win32';
      const jobRuns = new Map<number, PartRun>();
      const worthSeconds = this.#deps.rebalanceWorthSeconds ?? REBALANCE_WORTH_SECONDS;
      const sideBySide = await runSideBySide({
        jobs: runs.parts.map((run, i) => ({ id: i, range: run.range, audio: i === runs.parts.length - 1 })),
        signal: context.signal,
        launch: (job, controls) => {
          const run =
            runs.parts[job.id] ??
            partRun(runInput, job.range, {
              path: files.part(job.id),
              audio: job.audio,
              threads: shareThreads(encode.threads, runs.parts.length),
            });
          jobRuns.set(job.id, run);
          // ffmpeg counts the frames it encodes; a run of skipped frames after them counts as done.
          const encoded = run.layout.keptFrames;
          return this.#ffmpeg(binaries, controls.signal, run, {
            finishEarly: controls.finishEarly,
            onLine: (line: string) => {
              const fraction = parseProgress(line, encoded, plan.fps);
              if (fraction === undefined) return;
              const frames = framesDoneAfter(run.layout, Math.floor(fraction * encoded));
              controls.onFramesDone(frames);
              if (job.id < ranges.length) partProgress.record(job.id, frames);
            },
          });
        },
        framesWritten: async (job) => {
          const encoded =
            (await probeMp4(files.part(job.id))).streams.find((s) => s.type === 'video')?.frames ?? 0;
          const layout = jobRuns.get(job.id)?.layout;
          return layout ? framesDoneAfter(layout, encoded) : encoded;
        },
        worthRebalancing: (part) => worthRebalancing(costs, startable, part, worthSeconds),
        splitRest: (rest) => (startable[rest.start] ? halvingFrame(costs, startable, rest) : 'restart'),
        maxRebalances: rebalancing ? MAX_REBALANCES : 0,
        onFramesDone: (frames) => progress('rendering', frames / plan.totalFrames),
      });
      if (sideBySide.rebalances > 0) {
        const parts = sideBySide.parts.map((p) => `${p.range.start}–${p.range.end}`).join(', ');
        this.#deps.debug?.(`rebalanced ${sideBySide.rebalances}× a part left running alone; parts ${parts}`);
      }

      progress('finalizing', 0);
      let renderedAgain = false;
      if (runs.joined) {
        const joinRun = joinOf(
          runInput,
          sideBySide.parts.map((p) => ({ range: p.range, path: files.part(p.id) })),
        );
        // In this process (mp4-join.ts: a third ffmpeg cost ≈ 0.28 s), ffmpeg when it refuses.
        try {
          await joinParts(
            joinRun.files,
            context.signal,
            async () => {
              await writeFile(files.concatList, joinRun.concatList);
              await this.#ffmpeg(binaries, context.signal, joinRun.run);
            },
            this.#deps.debug,
          );
        } catch (error) {
          if (!(error instanceof SkippedFramesRefused)) throw error;
          // Never seen with our own parts; should it happen, the render is made again whole.
          this.#deps.debug?.(`${error.message}; rendering again in one run, every frame encoded`);
          const whole = { start: 0, end: plan.totalFrames };
          const again = partRun({ ...runInput, skipHolds: false }, whole, {
            path: files.video,
            single: true,
          });
          await this.#ffmpeg(binaries, context.signal, again);
          renderedAgain = true;
        }
      }
      // A render made twice measured nothing about its setting.
      if (this.#tuner.end(encodeToken) && ranges.length === encode.setting.parts && !renderedAgain) {
        const seconds = (performance.now() - encodeStarted) / 1000;
        encode.learn(encodeRun(seconds, still, frame.width, frame.height, skipped));
        // A render that had to be rebalanced ran on a core that turned slow: nothing to learn.
        if (ranges.length === 2 && sideBySide.rebalances === 0) {
          learnPartBalance({ still, costs, skipped }, ranges, encode, sideBySide.seconds, partProgress);
        }
      }
      // Read in this process: an ffprobe run would cost ≈ 0.08 s of every render (mp4-probe.ts).
      const probe = await probeMp4(partialVideo);
      const expectedSeconds = plan.totalFrames / plan.fps;
      const problems = checkRenderedOutput(probe, {
        ...frame,
        fps: plan.fps,
        durationSeconds: expectedSeconds,
      });
      if (problems.length > 0) {
        throw new ProviderError(this.id, `the rendered file is not right: ${problems.join('; ')}`, {
          code: 'bad_output',
        });
      }
      if (!existsSync(partialPoster)) {
        throw new ProviderError(this.id, 'ffmpeg wrote no poster frame', { code: 'bad_output' });
      }
      context.signal.throwIfAborted();
      written.push(finalVideo, finalPoster);
      await rename(partialVideo, finalVideo);
      await rename(partialPoster, finalPoster);
      progress('finalizing', 1);

      const { size } = await stat(finalVideo);
      return {
        outputPath: finalVideo,
        thumbnailPath: finalPoster,
        durationSeconds: probe.durationSeconds,
        sizeBytes: size,
        width: frame.width,
        height: frame.height,
        mimeType: 'video/mp4',
      };
    } catch (error) {
      // A failed or stopped render leaves nothing behind: no partial file, no half a result.
      await Promise.all(written.map((path) => rm(path, { force: true })));
      throw error;
    } finally {
      if (encodeToken) this.#tuner.end(encodeToken);
      await rm(scratch, { recursive: true, force: true });
    }
  }

  /** Runs ffmpeg; failures become ProviderErrors, aborts are left for the base class to map. */
  async #ffmpeg(
    binaries: FfmpegBinaries,
    signal: AbortSignal,
    run: FfmpegRun,
    watch: { readonly onLine?: (line: string) => void; readonly finishEarly?: AbortSignal } = {},
  ): Promise<RunEnd> {
    try {
      return await runFfmpeg(binaries, run, {
        signal,
        onStderrLine: watch.onLine,
        onSpawn: this.#deps.onSpawn,
        finishEarly: watch.finishEarly,
      });
    } catch (error) {
      if (signal.aborted) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new ProviderError(this.id, `ffmpeg failed: ${message}`, { code: 'ffmpeg_failed', cause: error });
    }
  }

  /** Music and voice-over files must exist; the error names the timeline field. */
  #checkMedia(request: VideoGenerationRequest): void {
    const { timeline } = request;
    const missing: string[] = [];
    if (timeline.musicPath && !existsSync(timeline.musicPath))
      missing.push(`timeline.musicPath "${timeline.musicPath}"`);
    timeline.scenes.forEach((scene, i) => {
      if (scene.voiceOverPath && !existsSync(scene.voiceOverPath)) {
        missing.push(`timeline.scenes[${i}].voiceOverPath "${scene.voiceOverPath}"`);
      }
    });
    if (missing.length > 0) {
      throw new ProviderError(this.id, `audio file not found: ${missing.join(', ')}`, {
        code: 'missing_media',
      });
    }
  }
}
