import type { AppConfig, ConfigPatch } from '#core/config.js';
import type { SettingsPatch, SettingsView } from '#shared/api-types.js';

/** The config as the Settings view shows it; API keys become a yes/no. */
export function toSettingsView(
  config: AppConfig,
  providerIds: readonly string[],
  provider: (id: string) => AppConfig['providers'][string],
  hasStoredKey: (id: string) => boolean,
  readsTestMode: (id: string) => boolean = () => false,
): SettingsView {
  const ids = [...new Set([...providerIds, ...Object.keys(config.providers)])].sort();
  return {
    global: { ...config.global },
    providers: Object.fromEntries(
      ids.map((id) => {
        const settings = provider(id);
        return [
          id,
          {
            enabled: settings.enabled,
            maxConcurrent: settings.maxConcurrent,
            timeoutSeconds: settings.timeoutSeconds,
            ...(settings.binaryPath ? { binaryPath: settings.binaryPath } : {}),
            ...(settings.apiUrl ? { apiUrl: settings.apiUrl } : {}),
            hasApiKey: Boolean(settings.apiKey) || hasStoredKey(id),
            // Test renders stay on unless switched off explicitly: they cost nothing.
            ...(readsTestMode(id) ? { testMode: settings.options['test'] !== false } : {}),
          },
        ];
      }),
    ),
    selectionWeights: { ...config.selectionWeights },
    channels: Object.values(config.channels),
  };
}

/** Translates the UI's camelCase patch into the config file's snake_case layout. */
export function toConfigPatch(patch: SettingsPatch): ConfigPatch {
  const out: Record<string, unknown> = {};
  if (patch.global) {
    const g = patch.global;
    out['global'] = dropUndefined({
      default_provider: g.defaultProvider,
      default_quality: g.defaultQuality,
      default_aspect_ratio: g.defaultAspectRatio,
      max_concurrent_generations: g.maxConcurrentGenerations,
      output_dir: g.outputDir,
      default_platform: g.defaultPlatform,
    });
  }
  if (patch.providers) {
    out['providers'] = Object.fromEntries(
      Object.entries(patch.providers).map(([id, p]) => [
        id,
        dropUndefined({
          enabled: p.enabled,
          max_concurrent: p.maxConcurrent,
          timeout_seconds: p.timeoutSeconds,
          // An emptied field removes the setting, so discovery falls back to env and PATH.
          binary_path: p.binaryPath === undefined ? undefined : p.binaryPath.trim() || null,
          api_url: p.apiUrl === undefined ? undefined : p.apiUrl.trim() || null,
          test: p.testMode,
        }),
      ]),
    );
  }
  if (patch.selectionWeights) out['selection_weights'] = dropUndefined({ ...patch.selectionWeights });
  return out;
}

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
