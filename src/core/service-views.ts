import type { ProviderCapability } from './capability.js';
import type { CostEstimate, ProviderSettingField } from './provider.js';
import type { VideoQuality } from './video-quality.js';
import type { ProviderMetrics } from './job.js';

// What the service reports about providers and metrics; plain data, shown by the CLI and the UI.

/** The outcome of testing one provider (see `checkProvider`). */
export interface ProviderCheck {
  readonly id: string;
  readonly ok: boolean;
  readonly message: string;
  readonly version?: string;
}

export interface ProviderStatus {
  readonly id: string;
  readonly name: string;
  readonly capabilities: readonly ProviderCapability[];
  readonly qualities: readonly VideoQuality[];
  readonly enabled: boolean;
  readonly isAvailable: boolean;
  readonly reason?: string;
  readonly version?: string;
  readonly autoSelectable: boolean;
  /** Which of binary path, API key and API URL this provider reads. */
  readonly settingsFields: readonly ProviderSettingField[];
  readonly maxConcurrent: number;
  readonly runningJobs: number;
}

/** What one provider would charge for a script (`reelforge render --estimate`). */
export interface CostQuote {
  readonly providerId: string;
  readonly available: boolean;
  readonly reason?: string;
  readonly estimate: CostEstimate;
}

export interface ServiceMetrics {
  readonly providers: readonly ProviderMetrics[];
  readonly totals: { readonly jobs: number; readonly byStatus: Readonly<Record<string, number>> };
  readonly byProvider: Readonly<Record<string, number>>;
  readonly byChannel: Readonly<Record<string, number>>;
  readonly byQuality: Readonly<Record<string, number>>;
}
