import type { Migration } from './migration.js';

/**
 * Adds `seq`, the queue order. `created_at` alone ties when two jobs are queued in the same
 * millisecond, and the implicit rowid of a TEXT-keyed table may be renumbered by VACUUM, so
 * neither gives a stable order. Existing rows are numbered by creation time, then rowid.
 */
export const addJobSequence: Migration = {
  version: 3,
  name: 'add-job-sequence',
  up(db) {
    db.exec(`
      ALTER TABLE jobs ADD COLUMN seq INTEGER;
      UPDATE jobs SET seq = numbered.n
        FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY created_at, rowid) AS n FROM jobs) AS numbered
        WHERE jobs.id = numbered.id;
      CREATE UNIQUE INDEX jobs_seq ON jobs (seq);
    `);
  },
};
