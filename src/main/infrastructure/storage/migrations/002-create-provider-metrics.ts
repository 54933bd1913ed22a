import type { Migration } from './migration.js';

/** Per-provider counters the registry scores with; one row per provider, upserted. */
export const createProviderMetrics: Migration = {
  version: 2,
  name: 'create-provider-metrics',
  up(db) {
    db.exec(`
      CREATE TABLE provider_metrics (
        provider_id TEXT PRIMARY KEY NOT NULL,
        successes INTEGER NOT NULL DEFAULT 0,
        failures INTEGER NOT NULL DEFAULT 0,
        total_seconds REAL NOT NULL DEFAULT 0,
        last_error TEXT,
        last_error_at TEXT,
        last_success_at TEXT
      );
    `);
  },
};
