import { existsSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProviderSettings } from '#core/config.js';
import { ProviderError } from '#core/errors.js';
import type { ProviderAvailability, RenderContext } from '#core/provider.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { ProviderOutput } from '#core/result.js';
import { QUALITY_PRESETS, VIDEO_QUALITIES } from '#core/video-quality.js';
import { renderFrameSize } from '#core/platform-presets.js';
import { remotionVideoEncoding } from './video-encoding.js';
import { videoCommentTag } from '#core/variants/script-variant.js';
import { POSTER_ARTIFACT, posterFrameFor } from '#remotion/poster.js';
import { compositionIdFor, metadataFromProps, timelineToCompositionProps } from '#remotion/props.js';
import { BaseVideoProvider, throwIfAborted } from '../base-video-provider.js';
import { isExecutableFile } from '../executables.js';
import { checkRenderedOutput } from '../ffmpeg/output-check.js';
import { BROWSER_NOT_FOUND, discoverBrowser } from './browser-discovery.js';
import { BrowserDownloader } from './browser-download.js';
import { BrowserPool, type BrowserLaunch, type OpenBrowser } from './browser-pool.js';
import { browserVersion } from './browser-version.js';
import { findAppRoot, locateBundle, PREBUILT_BUNDLE_DIR } from './bundle-locator.js';
import { MediaServer } from './media-server.js';
import { probeRenderedVideo } from './probe-video.js';
import type { Bundler } from './remotion-bundle.js';
import { isCrashedBrowserError, REMOTION_PROVIDER_ID, toProviderError } from './render-errors.js';
import { bundlingProgress, finishingProgress, mediaProgress, preparingProgress } from './render-progress.js';
import { readRenderSettings, type RemotionRenderSettings } from './render-settings.js';
import { normalizeSoundtrackLoudness, soundtrackLoudnessTarget } from './soundtrack-loudness.js';
import { registerTimelineMedia } from './timeline-media.js';

export interface RemotionProviderOptions {
  /** `providers.remotion` from the config, read at every use so edits apply to the next render. */
  readonly settings: () => ProviderSettings;
  /** Where bundles built from source are cached; the data dir's cache folder in the app. */
  readonly cacheDir?: string;
  /** Folder of package.json, src/remotion and out/remotion-bundle; found from this file by default. */
  readonly appRoot?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** `providers.ffmpeg` settings: where the ffprobe that checks each render is configured. */
  readonly ffmpegSettings?: () => ProviderSettings;
  /** CPU cores, for the default concurrency. */
  readonly cores?: number;
  /** Replaces Remotion's bundler (tests). */
  readonly bundler?: Bundler;
  /** Replaces openBrowser (tests). */
  readonly openBrowser?: OpenBrowser;
}

/**
 * Renders with Remotion: the React composition in src/remotion, captured frame by frame by one
 * shared headless Chromium and encoded to H.264/AAC MP4, plus a JPEG poster. Needs a Chromium or
 * Chrome on the machine; never downloads one unless the config allows it.
 */
export class RemotionVideoProvider extends BaseVideoProvider {
  readonly #options: RemotionProviderOptions;
  readonly #appRoot: string;
  readonly #cacheDir: string;
  readonly #env: Readonly<Record<string, string | undefined>>;
  readonly #browsers: BrowserPool;
  readonly #media = new MediaServer();
  readonly #downloader = new BrowserDownloader();

  constructor(options: RemotionProviderOptions) {
    super({
      id: REMOTION_PROVIDER_ID,
      name: 'Remotion',
      capabilities: ['text-to-video', 'animation', 'transitions', 'captions', 'audio'],
      supportedQualities: VIDEO_QUALITIES,
      settingsFields: ['binaryPath'],
    });
    this.#options = options;
    this.#appRoot = options.appRoot ?? findAppRoot();
    this.#cacheDir = options.cacheDir ?? join(tmpdir(), 'reelforge-remotion-cache');
    this.#env = options.env ?? process.env;
    this.#browsers = new BrowserPool(options.openBrowser);
  }

  async isAvailable(): Promise<ProviderAvailability> {
    let settings: RemotionRenderSettings;
    try {
      settings = this.#renderSettings();
    } catch (error) {
      return { available: false, reason: (error as Error).message };
    }
    const launch = this.#findBrowser(settings);
    if ('reason' in launch) return { available: false, reason: launch.reason };
    if (settings.bundleDir === undefined && !this.#hasBundleSource()) {
      return {
        available: false,
        reason: `no Remotion bundle: ${join(this.#appRoot, PREBUILT_BUNDLE_DIR)} is missing; run "npm run build"`,
      };
    }
    const version = await browserVersion(launch.executable);
    return { available: true, version: version ?? launch.executable };
  }

  /** Closes the shared browser and the media server; call on shutdown. */
  async dispose(): Promise<void> {
    await this.#browsers.dispose();
    await this.#media.close();
  }

  generate(request: VideoGenerationRequest, context: RenderContext): Promise<ProviderOutput> {
    return this.guard(request, context, (checked) => this.render(request, checked));
  }

  protected async render(request: VideoGenerationRequest, context: RenderContext): Promise<ProviderOutput> {
    const { signal, onProgress } = context;
    const settings = this.#renderSettings();
    const launch = this.#findBrowser(settings);
    if ('reason' in launch)
      throw new ProviderError(this.id, launch.reason, { code: 'unavailable', retryable: true });
    const size = renderFrameSize(request.quality, request.aspectRatio, request.platform);
    const preset = QUALITY_PRESETS[request.quality];

    onProgress(bundlingProgress(0));
    const bundle = await locateBundle({
      appRoot: this.#appRoot,
      cacheDir: this.#cacheDir,
      ...(settings.bundleDir !== undefined ? { bundleDir: settings.bundleDir } : {}),
      ...(this.#options.bundler ? { bundler: this.#options.bundler } : {}),
      onProgress: (percent) => onProgress(bundlingProgress(percent)),
    });
    throwIfAborted(signal);

    await mkdir(request.outputDir, { recursive: true });
    const outputPath = join(request.outputDir, `${request.outputBaseName}.mp4`);
    const posterPath = join(request.outputDir, `${request.outputBaseName}.jpg`);
    const partialVideo = join(request.outputDir, `.${request.outputBaseName}.partial.mp4`);
    const partialPoster = join(request.outputDir, `.${request.outputBaseName}.partial.jpg`);

    const { makeCancelSignal, renderMedia, renderStill, selectComposition } =
      await import('@remotion/renderer');
    // Registered last before the try, whose finally releases it.
    const media = await registerTimelineMedia(request.timeline, this.#media);
    const { cancelSignal, cancel } = makeCancelSignal();
    const onAbort = (): void => cancel();
    signal.addEventListener('abort', onAbort, { once: true });
    let retireBrowser = false;
    let lease: Awaited<ReturnType<BrowserPool['acquire']>> | undefined;
    try {
      onProgress(preparingProgress(0, 'starting browser'));
      lease = await this.#browsers.acquire(launch);
      throwIfAborted(signal);
      const props = timelineToCompositionProps(
        request.timeline,
        size,
        media.props,
        undefined,
        request.platform,
      );
      const compositionId = compositionIdFor(request.aspectRatio);
      const common = {
        serveUrl: bundle.serveUrl,
        inputProps: props,
        browserExecutable: launch.executable,
        chromeMode: launch.chromeMode,
        puppeteerInstance: lease.browser,
        logLevel: 'error' as const,
      };
      onProgress(preparingProgress(0.5, 'loading composition'));
      const composition = await selectComposition({ ...common, id: compositionId }).catch(
        (error: unknown) => {
          throw toProviderError(
            error,
            'selecting the composition',
            `${compositionId} from ${bundle.serveUrl}`,
          );
        },
      );
      const expectedFrames = metadataFromProps(props).durationInFrames;
      if (composition.durationInFrames !== expectedFrames) {
        throw new ProviderError(
          this.id,
          `composition ${compositionId} in ${bundle.serveUrl} lasts ${composition.durationInFrames} frames, the timeline ${expectedFrames}: the bundle is out of date, run "npm run build"`,
          { code: 'stale_bundle', retryable: true },
        );
      }
      throwIfAborted(signal);

      // The composition hands over its poster frame as it is captured for the video.
      let posterJpeg: Uint8Array | undefined;
      await renderMedia({
        ...common,
        composition,
        codec: 'h264',
        imageFormat: 'jpeg',
        onArtifact: (artifact) => {
          if (artifact.filename === POSTER_ARTIFACT && typeof artifact.content !== 'string') {
            posterJpeg = artifact.content;
          }
        },
        outputLocation: partialVideo,
        overwrite: true,
        pixelFormat: 'yuv420p',
        colorSpace: 'bt709',
        ...remotionVideoEncoding(request.quality, request.platform),
        audioCodec: 'aac',
        audioBitrate: `${preset.audioBitrateKbps}k`,
        enforceAudioTrack: true,
        metadata: { comment: videoCommentTag(request.jobId, request.variant) },
        concurrency: settings.concurrency,
        cancelSignal,
        onProgress: (progress) => onProgress(mediaProgress(progress, composition.durationInFrames)),
      }).catch((error: unknown) => {
        throw toProviderError(error, 'rendering the video', compositionId);
      });
      throwIfAborted(signal);

      if (posterJpeg) {
        onProgress(finishingProgress(0, 'writing poster'));
        await writeFile(partialPoster, posterJpeg);
      } else {
        // A bundle built before compositions emitted their poster: render that frame on its own.
        onProgress(finishingProgress(0, 'rendering poster'));
        await renderStill({
          ...common,
          composition,
          frame: posterFrameFor(props),
          output: partialPoster,
          overwrite: true,
          imageFormat: 'jpeg',
          jpegQuality: 85,
          cancelSignal,
        }).catch((error: unknown) => {
          throw toProviderError(error, 'rendering the poster', compositionId);
        });
      }

      const loudness = soundtrackLoudnessTarget(request.timeline, request.platform);
      if (loudness !== undefined) {
        onProgress(finishingProgress(0.25, 'normalising loudness'));
        await normalizeSoundtrackLoudness({
          videoPath: partialVideo,
          target: loudness,
          audioBitrateKbps: preset.audioBitrateKbps,
          env: this.#env,
          ...(this.#options.ffmpegSettings
            ? { ffmpegBinaryPath: this.#options.ffmpegSettings().binaryPath }
            : {}),
          signal,
        });
      }

      onProgress(finishingProgress(0.5, 'verifying output'));
      const expected = {
        ...size,
        fps: request.timeline.fps,
        durationSeconds: request.timeline.durationSeconds,
      };
      const problems = checkRenderedOutput(
        await probeRenderedVideo(partialVideo, this.#env, this.#options.ffmpegSettings?.().binaryPath),
        expected,
      );
      if (problems.length > 0) {
        throw new ProviderError(
          this.id,
          `the rendered video is not what was asked for: ${problems.join('; ')}`,
          {
            code: 'invalid_output',
            retryable: true,
          },
        );
      }
      throwIfAborted(signal);
      // The poster first: a finished .mp4 must never be there without its poster.
      await rename(partialPoster, posterPath);
      await rename(partialVideo, outputPath);
      const { size: sizeBytes } = await stat(outputPath);
      onProgress(finishingProgress(1, 'done'));
      return {
        outputPath,
        thumbnailPath: posterPath,
        durationSeconds: request.timeline.durationSeconds,
        sizeBytes,
        width: size.width,
        height: size.height,
        mimeType: 'video/mp4',
      };
    } catch (error) {
      // A cut-off render may leave pages mid-navigation; a crashed browser is useless: replace it.
      retireBrowser =
        signal.aborted || isCrashedBrowserError(error) || isCrashedBrowserError(errorCause(error));
      if (!existsSync(outputPath)) await rm(posterPath, { force: true });
      throw error;
    } finally {
      signal.removeEventListener('abort', onAbort);
      media.release();
      await lease?.release({ retire: retireBrowser });
      await rm(partialVideo, { force: true });
      await rm(partialPoster, { force: true });
    }
  }

  #renderSettings(): RemotionRenderSettings {
    return readRenderSettings(this.#options.settings(), this.#options.cores ?? availableParallelism());
  }

  /** The browser to use, or why there is none (starting the opt-in download if allowed). */
  #findBrowser(settings: RemotionRenderSettings): BrowserLaunch | { reason: string } {
    const found = discoverBrowser({
      binaryPath: this.#options.settings().binaryPath,
      env: this.#env,
      platform: process.platform,
      isExecutable: isExecutableFile,
    });
    if (found.found) return { executable: found.path, chromeMode: settings.chromeMode };
    const configuredPathIsWrong = found.reason !== BROWSER_NOT_FOUND;
    if (!settings.allowBrowserDownload || configuredPathIsWrong) return { reason: found.reason };
    this.#downloader.start();
    const state = this.#downloader.state;
    switch (state.status) {
      case 'done':
        return { executable: state.path, chromeMode: 'headless-shell' };
      case 'failed':
        return { reason: `${BROWSER_NOT_FOUND}; ${state.reason}` };
      default:
        return {
          reason: `${BROWSER_NOT_FOUND}; downloading Chrome Headless Shell in the background (providers.remotion.allow_browser_download is true), try again when it is done`,
        };
    }
  }

  #hasBundleSource(): boolean {
    return (
      existsSync(join(this.#appRoot, 'src', 'remotion', 'entry.ts')) ||
      existsSync(join(this.#appRoot, PREBUILT_BUNDLE_DIR))
    );
  }
}

function errorCause(error: unknown): unknown {
  return error instanceof Error ? error.cause : undefined;
}
