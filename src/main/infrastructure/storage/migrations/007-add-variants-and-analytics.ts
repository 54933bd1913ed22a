import type { Migration } from './migration.js';

/**
 * A/B variants and their results. A job renders at most one variant of its script; the jobs of
 * one `render` call share `variant_group`. `video_analytics` holds imported performance numbers per
 * rendered video, one row per video, source and day (`date` is '' for a total to date), so
 * importing the same file again replaces its rows instead of adding to them.
 */
export const addVariantsAndAnalytics: Migration = {
  version: 7,
  name: 'add-variants-and-analytics',
  up(db) {
    db.exec(`
      ALTER TABLE jobs ADD COLUMN variant TEXT;
      ALTER TABLE jobs ADD COLUMN variant_group TEXT;
      CREATE INDEX jobs_variant_group ON jobs (variant_group);
      CREATE TABLE video_analytics (
        job_id TEXT NOT NULL,
        source TEXT NOT NULL,
        date TEXT NOT NULL,
        views INTEGER NOT NULL CHECK (views >= 0),
        likes INTEGER CHECK (likes >= 0),
        comments INTEGER CHECK (comments >= 0),
        shares INTEGER CHECK (shares >= 0),
        average_view_duration_seconds REAL CHECK (average_view_duration_seconds >= 0),
        completion_rate REAL CHECK (completion_rate BETWEEN 0 AND 1),
        imported_from TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (job_id, source, date)
      );
    `);
  },
};
