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

/**
 * Durable per-job state a provider keeps while it renders (e.g. the ids of remote tasks), stored
 * in the job row at once, so a render can be resumed after a crash instead of started again.
 */
export interface RenderCheckpoint {
  /** What the last `save` stored for this job, possibly in an earlier process. */
  load(): Readonly<Record<string, unknown>> | undefined;
  save(state: Readonly<Record<string, unknown>>): void;
}

/** What the service gives a provider for one render. */
export interface RenderContext {
  /** Aborted on cancel or timeout; `signal.reason` says which. */
  readonly signal: AbortSignal;
  readonly onProgress: (progress: RenderProgress) => void;
  /** Always given by the service; absent when a provider is driven directly (tests, benchmarks). */
  readonly checkpoint?: RenderCheckpoint;
}

/** Outcome of an explicit connection test ("Test connection", `providers --check`). */
export interface ConnectionCheck {
  readonly ok: boolean;
  /** "ok", "wrong key", "unreachable"… in words a user can act on. */
  readonly message: string;
}

export interface CostEstimate {
  /** In the provider's own unit ("credits", "minutes"); 0 for local renderers. */
  readonly amount: number;
  readonly unit: string;
}

/** Settings a provider actually reads, so the Settings view offers only those fields. */
export type ProviderSettingField = 'binaryPath' | 'apiKey' | 'apiUrl' | 'testMode';

/** A render backend: local FFmpeg, Remotion, a cloud API, or the mock. */
export interface VideoProvider {
  readonly id: string;
  readonly name: string;
  readonly capabilities: readonly ProviderCapability[];
  readonly supportedQualities: readonly VideoQuality[];
  /** Test providers are only used when asked for by id, never picked by "auto". */
  readonly autoSelectable: boolean;
  readonly settingsFields?: readonly ProviderSettingField[];
  /** From configuration and local checks only: never a network call. */
  isAvailable(): Promise<ProviderAvailability>;
  estimateCost(request: VideoGenerationRequest): CostEstimate;
  /** Makes one authenticated request to tell ok, wrong key and unreachable apart (cloud providers). */
  checkConnection?(signal: AbortSignal): Promise<ConnectionCheck>;
  /**
   * True when a render interrupted by a crash can continue from its checkpoint (remote jobs keep
   * running while Reelforge is down); such jobs are queued again on start instead of interrupted.
   */
  readonly resumable?: boolean;
  /**
   * Releases the remote work behind a checkpoint that will never be resumed (the job was
   * cancelled while waiting to resume), so nothing keeps running, or costing, at the provider.
   */
  abandon?(checkpoint: Readonly<Record<string, unknown>>): Promise<void>;
  /**
   * Renders the request. Must honour `context.signal` promptly, clean its temp files,
   * and write outputs under a temp name, renaming only when they are complete.
   */
  generate(request: VideoGenerationRequest, context: RenderContext): Promise<ProviderOutput>;
  /** Releases what the provider holds between jobs (a browser, a server) when the app closes. */
  dispose?(): Promise<void>;
}
