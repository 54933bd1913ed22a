import path from 'node:path';
import type { AppConfig, ConfigManager, ConfigPatch, ProviderSettings } from '#core/config.js';
import { ConfigError, describeError } from '#core/errors.js';
import { writeFileAtomic } from './atomic-write.js';
import { buildAppConfig, buildProviderSettings } from './build-app-config.js';
import { FILE_KEY } from './config-error-from-issues.js';
import { resolveDataDir, type PlatformInfo } from './data-dir.js';
import { deepMerge, isPlainObject, type JsonObject } from './deep-merge.js';
import { settingsSetByEnvironment } from './environment-overrides.js';
import { readRawConfig, validateConfig } from './read-config-file.js';

export const CONFIG_FILE_NAME = 'config.json';

export interface JsonConfigManagerOptions {
  /** Defaults to `resolveDataDir(env)`. */
  readonly dataDir?: string;
  /** Defaults to `process.env`, read again on every reload. */
  readonly env?: NodeJS.ProcessEnv;
  /** Platform and home folder for default paths (tests). */
  readonly host?: PlatformInfo;
}

interface LoadedConfig {
  readonly config: AppConfig;
  /** Environment as it was when loaded, for providers the file does not name. */
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Settings from `<dataDir>/config.json` with environment variables on top. A missing file means
 * all defaults; an invalid file or variable is a `ConfigError` naming the setting and the file.
 */
export class JsonConfigManager implements ConfigManager {
  readonly dataDir: string;
  readonly configPath: string;
  readonly #env: NodeJS.ProcessEnv;
  readonly #host: PlatformInfo | undefined;
  readonly #listeners = new Set<(config: AppConfig) => void>();
  #loaded: LoadedConfig;

  private constructor(options: JsonConfigManagerOptions) {
    this.#env = options.env ?? process.env;
    this.#host = options.host;
    this.dataDir = path.resolve(options.dataDir ?? resolveDataDir(this.#env, this.#host));
    this.configPath = path.join(this.dataDir, CONFIG_FILE_NAME);
    this.#loaded = this.#build(readRawConfig(this.configPath));
  }

  /** Opens and loads the config; throws `ConfigError` when the file or environment is invalid. */
  static open(options: JsonConfigManagerOptions = {}): JsonConfigManager {
    return new JsonConfigManager(options);
  }

  get(): AppConfig {
    return this.#loaded.config;
  }

  provider(id: string): ProviderSettings {
    return (
      this.#loaded.config.providers[id] ?? buildProviderSettings(id, undefined, this.#loaded.env, this.#host)
    );
  }

  reload(): AppConfig {
    // Built completely before it replaces the current config, so a failure keeps the old one.
    this.#loaded = this.#build(readRawConfig(this.configPath));
    this.#notify();
    return this.#loaded.config;
  }

  /**
   * Deep-merges `patch` (snake_case, as in the file) into the file: objects merge, other values
   * replace, `null` removes a setting. Nothing is written unless the result is valid. Environment
   * values are never written to the file.
   */
  update(patch: ConfigPatch): AppConfig {
    if (!isPlainObject(patch))
      throw new ConfigError(FILE_KEY, 'a config update must be an object of settings');
    // An unreadable file is reported, not overwritten: it may hold settings the user wants back.
    const merged = deepMerge(readRawConfig(this.configPath), patch as JsonObject);
    const loaded = this.#build(merged);
    writeFileAtomic(this.configPath, `${JSON.stringify(merged, null, 2)}\n`);
    this.#loaded = loaded;
    this.#notify();
    return loaded.config;
  }

  settingsSetByEnvironment(providerIds: readonly string[]): Readonly<Record<string, string>> {
    return settingsSetByEnvironment(this.#loaded.env, providerIds);
  }

  onChange(listener: (config: AppConfig) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  #build(raw: JsonObject): LoadedConfig {
    const env = { ...this.#env };
    const file = validateConfig(raw, this.configPath);
    const config = buildAppConfig(file, {
      env,
      dataDir: this.dataDir,
      configPath: this.configPath,
      host: this.#host,
    });
    return { config, env };
  }

  #notify(): void {
    const config = this.#loaded.config;
    for (const listener of [...this.#listeners]) {
      try {
        listener(config);
      } catch (error) {
        // The change is already in effect; one failing listener must not hide it from the others.
        process.emitWarning(`config change listener failed: ${describeError(error)}`);
      }
    }
  }
}
