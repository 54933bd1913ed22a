import type { ProviderCapability } from './capability.js';
import type { VideoGenerationRequest } from './request.js';
import type { VideoProvider } from './provider.js';
import type { VideoQuality } from './video-quality.js';

/** What a render needs from a provider, and what the user prefers. */
export interface SelectionCriteria {
  readonly quality: VideoQuality;
  readonly requiredCapabilities: readonly ProviderCapability[];
  /** The user's preferred provider (from settings); it scores higher, it is not forced. */
  readonly preferredProviderId?: string;
  /** Providers already tried for this job. */
  readonly exclude?: readonly string[];
  /** For cost estimates. */
  readonly request?: VideoGenerationRequest;
}

export interface ScoreBreakdown {
  readonly capability: number;
  readonly reliability: number;
  readonly speed: number;
  readonly cost: number;
  readonly preference: number;
}

export interface RankedProvider {
  readonly provider: VideoProvider;
  readonly score: number;
  readonly breakdown: ScoreBreakdown;
}

/** The outcome of ranking providers (or what is known of them). */
export interface Ranking<Ranked> {
  /** Usable ones, best first. */
  readonly ranked: readonly Ranked[];
  /** Why each other registered provider was ruled out, by provider id. */
  readonly excluded: Readonly<Record<string, string>>;
}

export type ProviderSelection = Ranking<RankedProvider>;

export interface ProviderRegistry {
  register(provider: VideoProvider): void;
  unregister(id: string): boolean;
  list(): readonly VideoProvider[];
  get(id: string): VideoProvider | undefined;
  /** Scores every available provider that can serve the criteria. */
  select(criteria: SelectionCriteria): Promise<ProviderSelection>;
}
