import type { ProviderSettings, SelectionWeights } from '../../domain/config.js';

/** Settings of a provider the config does not mention. */
export const DEFAULT_PROVIDER_SETTINGS: ProviderSettings = {
  enabled: true,
  maxConcurrent: 1,
  timeoutSeconds: 900,
  options: {},
};

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
