import type { ProviderCapability } from './capability.js';
import type { VideoGenerationRequest } from './request.js';
import type { ProviderOutput } from './result.js';
import type { VideoQuality } from './video-quality.js';

export interface ProviderAvailability {
  readonly available: boolean;
  /** Why it is not available, in words a user can act on. */
  readonly reason?: string;
  /** Version of the underlying tool, e.g. "ffmpeg 5.1.6". */
  readonly version?: string;
}

export interface RenderProgress {
  /** 0–1. */
  readonly progress: number;
  readonly stage: string;
}

/** What the service gives a provider for one render. */
export interface RenderContext {
  /** Aborted on cancel or timeout; `signal.reason` says which. */
  readonly signal: AbortSignal;
  readonly onProgress: (progress: RenderProgress) => void;
}

export interface CostEstimate {
  /** In the provider's own unit ("credits", "minutes"); 0 for local renderers. */
  readonly amount: number;
  readonly unit: string;
}

/** A render backend: local FFmpeg, Remotion, a cloud API, or the mock. */
export interface VideoProvider {
  readonly id: string;
  readonly name: string;
  readonly capabilities: readonly ProviderCapability[];
  readonly supportedQualities: readonly VideoQuality[];
  /** Test providers are only used when asked for by id, never picked by "auto". */
  readonly autoSelectable: boolean;
  isAvailable(): Promise<ProviderAvailability>;
  estimateCost(request: VideoGenerationRequest): CostEstimate;
  /**
   * Renders the request. Must honour `context.signal` promptly, clean its temp files,
   * and write outputs under a temp name, renaming only when they are complete.
   */
  generate(request: VideoGenerationRequest, context: RenderContext): Promise<ProviderOutput>;
}
