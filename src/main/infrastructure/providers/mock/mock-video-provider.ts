import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { ProviderError } from '#core/errors.js';
import type { ProviderAvailability, RenderContext } from '#core/provider.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { ProviderOutput } from '#core/result.js';
import { VIDEO_QUALITIES } from '#core/video-quality.js';
import { renderFrameSize } from '#core/platform-presets.js';
import { BaseVideoProvider } from '../base-video-provider.js';

export interface MockProviderOptions {
  readonly id?: string;
  /** How long a simulated render takes. */
  readonly simulatedSeconds?: number | (() => number);
  /** Make every render fail, e.g. to exercise fallback. */
  readonly failWith?: { readonly message: string; readonly retryable: boolean };
  readonly available?: boolean;
  readonly autoSelectable?: boolean;
}

const PROGRESS_STEPS = 20;

/**
 * A provider that "renders" by writing a JSON manifest (the timeline plus metadata) after a
 * configurable delay, so queueing, progress, cancel and fallback can be exercised anywhere.
 */
export class MockVideoProvider extends BaseVideoProvider {
  readonly #options: MockProviderOptions;

  constructor(options: MockProviderOptions = {}) {
    super({
      id: options.id ?? 'mock',
      name: 'Mock (JSON manifest)',
      // It writes a manifest of the timeline, no picture or sound: no captions or audio to claim.
      capabilities: ['text-to-video', 'animation', 'transitions'],
      supportedQualities: VIDEO_QUALITIES,
      autoSelectable: options.autoSelectable ?? false,
    });
    this.#options = options;
  }

  async isAvailable(): Promise<ProviderAvailability> {
    return this.#options.available === false
      ? { available: false, reason: 'mock provider switched off for this test' }
      : { available: true, version: 'mock 1' };
  }

  generate(request: VideoGenerationRequest, context: RenderContext): Promise<ProviderOutput> {
    return this.guard(request, context, (checked) => this.render(request, checked));
  }

  protected async render(request: VideoGenerationRequest, context: RenderContext): Promise<ProviderOutput> {
    const seconds = this.#simulatedSeconds();
    const stepMs = (seconds * 1000) / PROGRESS_STEPS;
    for (let step = 1; step <= PROGRESS_STEPS; step += 1) {
      await delay(stepMs, undefined, { signal: context.signal });
      context.onProgress({ progress: (step / PROGRESS_STEPS) * 0.95, stage: 'simulating render' });
    }
    if (this.#options.failWith) {
      throw new ProviderError(this.id, this.#options.failWith.message, {
        retryable: this.#options.failWith.retryable,
        code: 'simulated_failure',
      });
    }
    context.onProgress({ progress: 0.97, stage: 'writing manifest' });
    const { width, height } = renderFrameSize(request.quality, request.aspectRatio, request.platform);
    const manifest = {
      kind: 'reelforge-render-manifest',
      version: 1,
      provider: this.id,
      jobId: request.jobId,
      quality: request.quality,
      aspectRatio: request.aspectRatio,
      width,
      height,
      topic: request.script.topic,
      channel: request.script.channel,
      timeline: request.timeline,
    };
    await mkdir(request.outputDir, { recursive: true });
    const outputPath = join(request.outputDir, `${request.outputBaseName}.json`);
    // Written under a temp name and renamed, so a crash never leaves a half manifest as a result.
    const tempPath = join(request.outputDir, `.${request.outputBaseName}.json.partial`);
    try {
      await writeFile(tempPath, JSON.stringify(manifest, null, 2), { signal: context.signal });
      await rename(tempPath, outputPath);
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    const { size } = await stat(outputPath);
    return {
      outputPath,
      durationSeconds: request.timeline.durationSeconds,
      sizeBytes: size,
      width,
      height,
      mimeType: 'application/json',
    };
  }

  #simulatedSeconds(): number {
    const value = this.#options.simulatedSeconds;
    const seconds = typeof value === 'function' ? value() : (value ?? 1);
    return Number.isFinite(seconds) && seconds >= 0 ? seconds : 1;
  }
}
