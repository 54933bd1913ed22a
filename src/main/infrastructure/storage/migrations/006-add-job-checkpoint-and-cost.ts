import type { Migration } from './migration.js';

/**
 * A provider's durable render state (e.g. cloud task ids, saved the moment the API returns them,
 * so a restart resumes the remote job instead of paying for a new one) and the job's cost
 * estimate and outcome.
 */
export const addJobCheckpointAndCost: Migration = {
  version: 6,
  name: 'add-job-checkpoint-and-cost',
  up(db) {
    db.exec(`
      ALTER TABLE jobs ADD COLUMN checkpoint_json TEXT;
      ALTER TABLE jobs ADD COLUMN cost_json TEXT;
    `);
  },
};
