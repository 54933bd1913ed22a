export { writeFileAtomic } from './atomic-write.js';
export { buildAppConfig, buildProviderSettings, type ConfigContext } from './build-app-config.js';
export { configErrorFromIssues, FILE_KEY, formatConfigKey } from './config-error-from-issues.js';
export {
  channelSchema,
  configFileSchema,
  globalSchema,
  providerSchema,
  rulesSchema,
  selectionWeightsSchema,
  type ChannelConfig,
  type ConfigFile,
  type ProviderConfig,
} from './config-schema.js';
export {
  defaultOutputDir,
  expandHome,
  resolveDataDir,
  resolveUserPath,
  type PlatformInfo,
} from './data-dir.js';
export { deepMerge } from './deep-merge.js';
export { ENV, providerEnvName } from './environment.js';
export { findJsonSyntaxError, type JsonSyntaxErrorLocation } from './json-syntax-error.js';
export { CONFIG_FILE_NAME, JsonConfigManager, type JsonConfigManagerOptions } from './json-config-manager.js';
export { readRawConfig, validateConfig } from './read-config-file.js';
export { resolveChannels } from './resolve-channels.js';
