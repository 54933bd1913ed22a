import type { Migration } from './migration.js';

/**
 * The jobs table: the queue and the history are both rows of it. Nested values (options,
 * script, timeline, result, fallback trail) are JSON; the fields the history filters and the
 * dashboard groups by are plain columns so they can be indexed.
 */
export const createJobs: Migration = {
  version: 1,
  name: 'create-jobs',
  up(db) {
    db.exec(`
      CREATE TABLE jobs (
        id TEXT PRIMARY KEY NOT NULL,
        status TEXT NOT NULL,
        progress REAL NOT NULL DEFAULT 0,
        stage TEXT NOT NULL DEFAULT '',
        options_json TEXT NOT NULL,
        quality TEXT NOT NULL,
        aspect_ratio TEXT NOT NULL,
        requested_provider TEXT NOT NULL,
        script_name TEXT NOT NULL,
        script_path TEXT,
        script_format TEXT NOT NULL,
        script_content TEXT NOT NULL,
        script_json TEXT NOT NULL,
        timeline_json TEXT NOT NULL,
        channel TEXT NOT NULL,
        topic TEXT NOT NULL,
        provider_id TEXT,
        fallback_trail_json TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        started_at TEXT,
        completed_at TEXT,
        error_code TEXT,
        error_message TEXT,
        result_json TEXT,
        output_path TEXT,
        thumbnail_path TEXT,
        owner_pid INTEGER
      );
      CREATE INDEX jobs_status_created_at ON jobs (status, created_at);
      CREATE INDEX jobs_channel ON jobs (channel);
      CREATE INDEX jobs_provider_id ON jobs (provider_id);
      CREATE INDEX jobs_created_at ON jobs (created_at);
    `);
  },
};
