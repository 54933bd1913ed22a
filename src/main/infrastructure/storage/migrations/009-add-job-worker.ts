import type { Migration } from './migration.js';

/**
 * Which farm worker (host name + worker id) holds a job, set the moment a worker takes it so
 * GET /v1/renders/{id} can say where a render is running. Null for jobs rendered in-process.
 */
export const addJobWorker: Migration = {
  version: 9,
  name: 'add-job-worker',
  up(db) {
    db.exec(`ALTER TABLE jobs ADD COLUMN worker TEXT;`);
  },
};
