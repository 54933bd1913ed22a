import type { ProviderSettings } from '../config.js';

/** Enabled provider settings for a test, with `options` and any other field it cares about. */
export function providerSettingsWith(
  options: Record<string, unknown> = {},
  more: Partial<Omit<ProviderSettings, 'options'>> = {},
): ProviderSettings {
  return { enabled: true, maxConcurrent: 1, timeoutSeconds: 600, ...more, options };
}
