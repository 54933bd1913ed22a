import type { Migration } from './migration.js';

/**
 * The desktop library: scripts the user dropped or opened, kept across restarts. Only the
 * source is stored; validation and the timeline are recomputed on load, so a change of the
 * channel rules shows up at once.
 */
export const createLibraryScripts: Migration = {
  version: 5,
  name: 'create-library-scripts',
  up(db) {
    db.exec(`
      CREATE TABLE library_scripts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        path TEXT UNIQUE,
        content TEXT NOT NULL,
        added_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        seq INTEGER NOT NULL
      );
      CREATE INDEX library_scripts_seq ON library_scripts (seq);
    `);
  },
};
