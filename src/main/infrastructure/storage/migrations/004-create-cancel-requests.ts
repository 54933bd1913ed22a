import type { Migration } from './migration.js';

/**
 * Cancel requests between processes: `reelforge cancel` in one terminal asks for a job that
 * another process (a CLI render, the desktop app) is running; the owner polls this table and
 * aborts the render. A row goes away with its job.
 */
export const createCancelRequests: Migration = {
  version: 4,
  name: 'create-cancel-requests',
  up(db) {
    db.exec(`
      CREATE TABLE cancel_requests (
        job_id TEXT PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
        requested_at TEXT NOT NULL
      );
    `);
  },
};
