import type { ProviderCapability } from '#core/capability.js';
import { CancelledError, ProviderError, ReelforgeError, TimeoutError } from '#core/errors.js';
import type {
  CostEstimate,
  ProviderAvailability,
  ProviderSettingField,
  RenderContext,
  VideoProvider,
} from '#core/provider.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { ProviderOutput } from '#core/result.js';
import type { VideoQuality } from '#core/video-quality.js';

export interface BaseProviderInfo {
  readonly id: string;
  readonly name: string;
  readonly capabilities: readonly ProviderCapability[];
  readonly supportedQualities: readonly VideoQuality[];
  readonly autoSelectable?: boolean;
  readonly settingsFields?: readonly ProviderSettingField[];
}

/**
 * Shared behaviour of every provider: request validation, abort handling, progress clamping,
 * error normalisation (`guard`). Subclasses implement `generate` with it around their `render`.
 */
export abstract class BaseVideoProvider implements VideoProvider {
  readonly id: string;
  readonly name: string;
  readonly capabilities: readonly ProviderCapability[];
  readonly supportedQualities: readonly VideoQuality[];
  readonly autoSelectable: boolean;
  readonly settingsFields: readonly ProviderSettingField[];

  protected constructor(info: BaseProviderInfo) {
    this.id = info.id;
    this.name = info.name;
    this.capabilities = info.capabilities;
    this.supportedQualities = info.supportedQualities;
    this.autoSelectable = info.autoSelectable ?? true;
    this.settingsFields = info.settingsFields ?? [];
  }

  abstract isAvailable(): Promise<ProviderAvailability>;

  estimateCost(_request: VideoGenerationRequest): CostEstimate {
    return { amount: 0, unit: 'local' };
  }

  /**
   * Renders the request. Each provider implements it as
   * `this.guard(request, context, (checked) => this.render(request, checked))`, so the job runner's
   * `provider.generate` leads straight to the provider's own code (Go to Implementation).
   */
  abstract generate(request: VideoGenerationRequest, context: RenderContext): Promise<ProviderOutput>;

  protected abstract render(request: VideoGenerationRequest, context: RenderContext): Promise<ProviderOutput>;

  /**
   * What every render runs inside: the request is checked, the provider must be available,
   * progress never goes backwards and stays in 0–1, and errors come out as `ProviderError` (or
   * the abort reason).
   */
  protected async guard(
    request: VideoGenerationRequest,
    context: RenderContext,
    render: (checked: RenderContext) => Promise<ProviderOutput>,
  ): Promise<ProviderOutput> {
    this.validateRequest(request);
    throwIfAborted(context.signal);
    const availability = await this.isAvailable();
    if (!availability.available) {
      throw new ProviderError(this.id, availability.reason ?? 'not available', {
        code: 'unavailable',
        retryable: true,
      });
    }
    let lastProgress = 0;
    const checked: RenderContext = {
      signal: context.signal,
      checkpoint: context.checkpoint,
      onProgress: ({ progress, stage }) => {
        // Progress never goes backwards and stays inside 0–1, whatever the tool reports.
        const clamped = Number.isFinite(progress)
          ? Math.min(1, Math.max(lastProgress, progress))
          : lastProgress;
        lastProgress = clamped;
        context.onProgress({ progress: clamped, stage });
      },
    };
    try {
      return await render(checked);
    } catch (error) {
      throw this.normaliseError(error, context.signal);
    }
  }

  protected validateRequest(request: VideoGenerationRequest): void {
    if (!this.supportedQualities.includes(request.quality)) {
      throw new ProviderError(this.id, `quality "${request.quality}" is not supported`, {
        code: 'unsupported_quality',
      });
    }
    const missing = request.requiredCapabilities.filter((c) => !this.capabilities.includes(c));
    if (missing.length > 0) {
      throw new ProviderError(this.id, `missing capabilities: ${missing.join(', ')}`, {
        code: 'unsupported_capability',
      });
    }
    if (request.timeline.scenes.length === 0) {
      throw new ProviderError(this.id, 'the timeline has no scenes', { code: 'empty_timeline' });
    }
  }

  /** Aborts become the abort reason (cancel or timeout); anything else a ProviderError. */
  protected normaliseError(error: unknown, signal: AbortSignal): Error {
    if (signal.aborted) return abortReason(signal);
    if (error instanceof ReelforgeError) return error;
    const message = error instanceof Error ? error.message : String(error);
    return new ProviderError(this.id, message, { cause: error, retryable: false });
  }
}

/** The error an aborted signal stands for: a `TimeoutError`, a `CancelledError`, or a plain cancel. */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof TimeoutError || reason instanceof CancelledError) return reason;
  if (reason instanceof Error) return reason;
  return new CancelledError();
}

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw abortReason(signal);
}
