import { describeError } from '#core/errors.js';
import { DatabaseOpenError, SchemaTooNewError } from '../errors.js';
import type { Database } from '../sqlite-types.js';
import { createJobs } from './001-create-jobs.js';
import { createProviderMetrics } from './002-create-provider-metrics.js';
import { addJobSequence } from './003-add-job-sequence.js';
import { createCancelRequests } from './004-create-cancel-requests.js';
import { createLibraryScripts } from './005-create-library-scripts.js';
import { addJobCheckpointAndCost } from './006-add-job-checkpoint-and-cost.js';
import { addVariantsAndAnalytics } from './007-add-variants-and-analytics.js';
import { createWebhookOutboxAndIdempotency } from './008-create-webhook-outbox-and-idempotency.js';
import { addJobWorker } from './009-add-job-worker.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** Every schema step, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  createJobs,
  createProviderMetrics,
  addJobSequence,
  createCancelRequests,
  createLibraryScripts,
  addJobCheckpointAndCost,
  addVariantsAndAnalytics,
  createWebhookOutboxAndIdempotency,
  addJobWorker,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export interface RunMigrationsOptions {
  /** Stop after this version (tests step through the schema one version at a time). */
  readonly targetVersion?: number;
  /** Named in errors; defaults to the connection's file name. */
  readonly location?: string;
  /** Replaces the built-in list (tests of the runner itself). */
  readonly migrations?: readonly Migration[];
}

export interface MigrationOutcome {
  readonly from: number;
  readonly to: number;
  readonly applied: readonly string[];
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** A list with gaps or duplicates would leave databases at versions no code describes. */
function assertConsecutive(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `migration "${migration.name}" has version ${migration.version}, expected ${index + 1}: versions must be consecutive from 1`,
      );
    }
  });
}

function applyOne(db: Database, migration: Migration, location: string, known: number): boolean {
  try {
    return db
      .transaction(() => {
        const current = schemaVersion(db);
        if (current > known) throw new SchemaTooNewError(location, current, known);
        if (current >= migration.version) return false;
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
        return true;
      })
      .immediate();
  } catch (error) {
    if (error instanceof SchemaTooNewError) throw error;
    throw new DatabaseOpenError(
      location,
      `migration ${migration.version} (${migration.name}) failed and was rolled back: ${describeError(error)}`,
      { cause: error },
    );
  }
}

/**
 * Brings the schema up to date, one migration per transaction, so a failure leaves the
 * database at the last version that completed. Each step takes the write lock first
 * (BEGIN IMMEDIATE) and re-reads the version inside it: when the CLI and the desktop app
 * open a fresh file at the same moment, the second one waits and then skips what the first did.
 */
export function runMigrations(db: Database, options: RunMigrationsOptions = {}): MigrationOutcome {
  const migrations = options.migrations ?? MIGRATIONS;
  assertConsecutive(migrations);
  const known = migrations.length;
  const target = options.targetVersion ?? known;
  if (!Number.isInteger(target) || target < 0 || target > known) {
    throw new Error(`migration target ${target} is outside 0..${known}`);
  }
  const location = options.location ?? db.name;
  const from = schemaVersion(db);
  if (from > known) throw new SchemaTooNewError(location, from, known);

  const applied: string[] = [];
  for (const migration of migrations.slice(from, target)) {
    const ranNow = applyOne(db, migration, location, known);
    if (ranNow) applied.push(`${migration.version}-${migration.name}`);
  }
  return { from, to: schemaVersion(db), applied };
}
