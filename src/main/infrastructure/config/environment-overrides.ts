import { ENV, providerEnvName, readEnv } from './environment.js';

/**
 * The settings an environment variable decides, as `{ "global.outputDir": "VIDEO_STORAGE_PATH" }`
 * (keys are AppConfig paths, which the Settings view's fields use too). The variable wins over
 * config.json, so the app shows it at the field instead of letting a saved value seem ignored.
 */
export function settingsSetByEnvironment(
  env: NodeJS.ProcessEnv,
  providerIds: readonly string[],
): Readonly<Record<string, string>> {
  const candidates: [string, string][] = [
    ['global.outputDir', ENV.storagePath],
    ['global.defaultProvider', ENV.defaultProvider],
    ['global.maxConcurrentGenerations', ENV.maxConcurrent],
    ...providerIds.map((id): [string, string] => [`providers.${id}.apiUrl`, providerEnvName(id, 'API_URL')]),
  ];
  return Object.fromEntries(candidates.filter(([, name]) => readEnv(env, name) !== undefined));
}
