import type { ProviderSettings, SelectionWeights } from '#core/config.js';

/** Settings of a provider the config does not mention. */
export const DEFAULT_PROVIDER_SETTINGS: ProviderSettings = {
  enabled: true,
  maxConcurrent: 1,
  timeoutSeconds: 900,
  options: {},
};

/**
 * Per-provider changes to those defaults. Remotion renders two jobs at once, each in its own
 * reused browser: its frame capture is a chain of round trips between Node, Chromium and the
 * encoder that leaves a third of a 2-core machine idle, and two renders side by side measured
 * 1.4× the throughput of one after the other.
 */
const PROVIDER_DEFAULT_OVERRIDES: Readonly<Record<string, Partial<ProviderSettings>>> = {
  remotion: { maxConcurrent: 2 },
};

/** The defaults of one provider. */
export function defaultProviderSettings(id: string): ProviderSettings {
  return { ...DEFAULT_PROVIDER_SETTINGS, ...PROVIDER_DEFAULT_OVERRIDES[id] };
}

/**
 * Scoring weights for automatic provider choice: the user's preference counts most, then a
 * provider's track record; capability, speed and cost break ties.
 */
export const DEFAULT_SELECTION_WEIGHTS: SelectionWeights = {
  capability: 1,
  reliability: 2,
  speed: 1,
  cost: 1,
  preference: 3,
};

export const DEFAULT_GLOBAL = {
  // A fresh install renders with the local FFmpeg renderer; "auto" is one click away in Settings.
  defaultProvider: 'ffmpeg',
  defaultQuality: 'standard',
  defaultAspectRatio: '9:16',
  maxConcurrentGenerations: 2,
} as const;
