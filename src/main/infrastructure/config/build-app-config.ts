import path from 'node:path';
import type { AppConfig, GlobalSettings, ProviderSettings, SelectionWeights } from '#core/config.js';
import type { ConfigFile, ProviderConfig } from './config-schema.js';
import { defaultOutputDir, expandHome, resolveUserPath, type PlatformInfo } from './data-dir.js';
import { DEFAULT_GLOBAL, DEFAULT_SELECTION_WEIGHTS, defaultProviderSettings } from './defaults.js';
import { ENV, providerEnvName, readEnv, readEnvCount, readEnvUrl } from './environment.js';
import { resolveChannels } from './resolve-channels.js';

export interface ConfigContext {
  readonly env: NodeJS.ProcessEnv;
  /** Relative paths in the file are taken from here (the file's own folder). */
  readonly dataDir: string;
  /** For messages. */
  readonly configPath: string;
  readonly host?: PlatformInfo;
}

/** The app's settings from the parsed file, with defaults filled in and the environment on top. */
export function buildAppConfig(file: ConfigFile, context: ConfigContext): AppConfig {
  const providers: Record<string, ProviderSettings> = {};
  for (const [id, entry] of Object.entries(file.providers ?? {})) {
    providers[id] = buildProviderSettings(id, entry, context.env, context.host);
  }
  return {
    global: buildGlobal(file.global ?? {}, context),
    providers,
    channels: resolveChannels(file.channels, context.configPath),
    selectionWeights: {
      ...DEFAULT_SELECTION_WEIGHTS,
      ...definedOnly<SelectionWeights>(file.selection_weights),
    },
    // Without a "narration" section nothing is narrated unless a script or render asks for it.
    ...(file.narration !== undefined
      ? {
          narration: {
            defaultVoice: file.narration.default_voice?.trim() ?? 'off',
            rate: file.narration.rate ?? 1,
          },
        }
      : {}),
  };
}

/** One provider's settings: file entry over defaults, environment over both. */
export function buildProviderSettings(
  id: string,
  entry: ProviderConfig | undefined,
  env: NodeJS.ProcessEnv,
  host?: PlatformInfo,
): ProviderSettings {
  const { enabled, max_concurrent, timeout_seconds, api_key, api_url, binary_path, ...options } = entry ?? {};
  const apiKey = readEnv(env, providerEnvName(id, 'API_KEY')) ?? api_key;
  const apiUrl = readEnvUrl(env, providerEnvName(id, 'API_URL')) ?? api_url;
  const defaults = defaultProviderSettings(id);
  return {
    enabled: enabled ?? defaults.enabled,
    maxConcurrent: max_concurrent ?? defaults.maxConcurrent,
    timeoutSeconds: timeout_seconds ?? defaults.timeoutSeconds,
    ...(apiKey !== undefined ? { apiKey } : {}),
    ...(apiUrl !== undefined ? { apiUrl } : {}),
    // Only "~" is expanded: a bare name such as "ffmpeg" must stay a PATH lookup.
    ...(binary_path !== undefined ? { binaryPath: expandHome(binary_path, host) } : {}),
    options,
  };
}

function buildGlobal(global: NonNullable<ConfigFile['global']>, context: ConfigContext): GlobalSettings {
  const { env } = context;
  const storagePath = readEnv(env, ENV.storagePath);
  const outputDir =
    storagePath !== undefined
      ? path.resolve(expandHome(storagePath, context.host)) // relative to where the command runs
      : global.output_dir !== undefined
        ? resolveUserPath(global.output_dir, context.dataDir, context.host) // relative to the file
        : defaultOutputDir(context.host);
  return {
    defaultProvider:
      readEnv(env, ENV.defaultProvider) ?? global.default_provider ?? DEFAULT_GLOBAL.defaultProvider,
    defaultQuality: global.default_quality ?? DEFAULT_GLOBAL.defaultQuality,
    defaultAspectRatio: global.default_aspect_ratio ?? DEFAULT_GLOBAL.defaultAspectRatio,
    maxConcurrentGenerations:
      readEnvCount(env, ENV.maxConcurrent) ??
      global.max_concurrent_generations ??
      DEFAULT_GLOBAL.maxConcurrentGenerations,
    outputDir,
    ...(global.default_platform !== undefined ? { defaultPlatform: global.default_platform } : {}),
  };
}

function definedOnly<T extends object>(value: Partial<T> | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
