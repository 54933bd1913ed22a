import type { Migration } from './migration.js';

/** The upload of a finished render to the delivery bucket: status, attempts, URLs, last error. */
export const addJobDelivery: Migration = {
  version: 8,
  name: 'add-job-delivery',
  up(db) {
    db.exec(`ALTER TABLE jobs ADD COLUMN delivery_json TEXT;`);
  },
};
