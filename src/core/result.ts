/** One provider tried and given up on before the one that produced the result. */
export interface FallbackAttempt {
  readonly providerId: string;
  readonly error: string;
  readonly retryable: boolean;
  readonly at: string;
}

import type { CostEstimate } from './provider.js';

/** What a provider hands back: the files it wrote and what they are. */
export interface ProviderOutput {
  readonly outputPath: string;
  readonly thumbnailPath?: string;
  /** Other files the render wrote beside the video (e.g. caption files); deleted with it. */
  readonly extraFiles?: readonly string[];
  readonly durationSeconds: number;
  readonly sizeBytes: number;
  readonly width: number;
  readonly height: number;
  readonly mimeType: string;
  /** What the render actually cost, when the provider knows (cloud providers). */
  readonly cost?: CostEstimate;
  /** Facts worth showing with the result, e.g. `{ clipsFromCache: 3 }` or caption file paths. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** A finished render as the service records it. */
export interface VideoResult extends ProviderOutput {
  readonly jobId: string;
  readonly providerId: string;
  readonly fallbackTrail: readonly FallbackAttempt[];
  readonly renderSeconds: number;
}
