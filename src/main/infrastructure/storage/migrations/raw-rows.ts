import type { Database } from '../sqlite-types.js';

/**
 * Writes a minimal job row with plain SQL, as an older version of the code would have:
 * migration tests cannot use the repository, which always speaks the latest schema.
 */
export function insertRawJob(db: Database, id: string, createdAt: string): void {
  db.prepare(
    `INSERT INTO jobs (id, status, options_json, quality, aspect_ratio, requested_provider, script_name,
       script_format, script_content, script_json, timeline_json, channel, topic, created_at)
     VALUES (@id, 'queued', '{}', 'draft', '9:16', 'auto', @name, 'text', '', '{}', '{}', 'ch', @topic, @createdAt)`,
  ).run({ id, name: `${id}.txt`, topic: `topic of ${id}`, createdAt });
}
