export { DEFAULT_BUSY_TIMEOUT_MS, DEFAULT_DATABASE_FILE, openDatabase } from './database.js';
export type { OpenDatabaseOptions } from './database.js';
export {
  CorruptRecordError,
  DatabaseOpenError,
  JobIdPrefixError,
  MIN_JOB_ID_PREFIX_LENGTH,
  NativeModuleError,
  SchemaTooNewError,
} from './errors.js';
export { LATEST_SCHEMA_VERSION, MIGRATIONS, runMigrations, schemaVersion } from './migrations/index.js';
export type { Migration, MigrationOutcome, RunMigrationsOptions } from './migrations/index.js';
export { currentRuntime, explainNativeModuleError, loadDatabaseConstructor } from './native-module.js';
export type { JsRuntime } from './native-module.js';
export { NO_PROVIDER_KEY, SqliteJobRepository } from './sqlite-job-repository.js';
export type { JobCountColumn } from './sqlite-job-repository.js';
export { SqliteProviderMetricsRepository } from './sqlite-provider-metrics-repository.js';
export { SqliteCancelRequestRepository } from './sqlite-cancel-request-repository.js';
export { SqliteLibraryRepository } from './sqlite-library-repository.js';
export type { Database } from './sqlite-types.js';
