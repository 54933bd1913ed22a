import type { ChannelDefinition } from './channel.js';
import type { PlatformId } from './platform-presets.js';
import type { AspectRatio, VideoQuality } from './video-quality.js';

export interface ProviderSettings {
  readonly enabled: boolean;
  readonly maxConcurrent: number;
  readonly timeoutSeconds: number;
  readonly apiKey?: string;
  readonly apiUrl?: string;
  /** Path of the tool the provider runs (ffmpeg, a browser). */
  readonly binaryPath?: string;
  /** Provider-specific settings, passed through untouched. */
  readonly options: Readonly<Record<string, unknown>>;
}

/** Relative weights of the provider score; they need not add up to 1. */
export interface SelectionWeights {
  readonly capability: number;
  readonly reliability: number;
  readonly speed: number;
  readonly cost: number;
  readonly preference: number;
}

export interface GlobalSettings {
  /** "auto" or a provider id. */
  readonly defaultProvider: string;
  readonly defaultQuality: VideoQuality;
  readonly defaultAspectRatio: AspectRatio;
  readonly maxConcurrentGenerations: number;
  /** Where finished videos go. */
  readonly outputDir: string;
  /** Publishing preset for scripts that name none (`global.default_platform`); undefined: generic. */
  readonly defaultPlatform?: PlatformId;
}

export interface AppConfig {
  readonly global: GlobalSettings;
  readonly providers: Readonly<Record<string, ProviderSettings>>;
  /** Built-in channels overlaid with config, plus custom channels. */
  readonly channels: Readonly<Record<string, ChannelDefinition>>;
  readonly selectionWeights: SelectionWeights;
  /** Voice-over by a voice provider; absent means no narration unless a script asks for it. */
  readonly narration?: NarrationSettings;
}

export interface NarrationSettings {
  /** `"off"` or `"<provider>[:<voice>]"` for scripts that name no voice. */
  readonly defaultVoice: string;
  /** Speaking rate, 1 = the voice's normal pace. */
  readonly rate: number;
}

export interface ConfigManager {
  /** Folder of the database and config file. */
  readonly dataDir: string;
  readonly configPath: string;
  get(): AppConfig;
  /** Settings for one provider, with defaults when the config does not name it. */
  provider(id: string): ProviderSettings;
  /** Re-reads file and environment; throws `ConfigError` and keeps the old config when invalid. */
  reload(): AppConfig;
  /** Writes a change to the config file (desktop settings) and reloads. */
  update(patch: ConfigPatch): AppConfig;
  /** Notified after every successful reload or update. */
  onChange(listener: (config: AppConfig) => void): () => void;
  /**
   * Settings an environment variable decides over the file, as AppConfig paths to variable names
   * (`{ "global.outputDir": "VIDEO_STORAGE_PATH" }`); absent where there is no environment.
   */
  settingsSetByEnvironment?(providerIds: readonly string[]): Readonly<Record<string, string>>;
}

/** A partial change in the JSON file's own snake_case layout, deep-merged into it. */
export type ConfigPatch = Readonly<Record<string, unknown>>;
