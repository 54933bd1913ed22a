import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import type { Database } from '../sqlite-types.js';
import { insertRawJob } from './raw-rows.js';
import { runMigrations, schemaVersion } from './index.js';
import { columnNames, indexColumns } from './schema-inspection.js';

describe('migration 003 add-job-sequence', () => {
  let db: Database;
  afterEach(() => db.close());

  it('adds a uniquely indexed seq column to jobs', () => {
    db = openDatabase(':memory:', { migrate: false });
    runMigrations(db, { targetVersion: 3 });

    expect(schemaVersion(db)).toBe(3);
    expect(columnNames(db, 'jobs').at(-1)).toBe('seq');
    expect(indexColumns(db, 'jobs')['jobs_seq']).toEqual(['seq']);
    const unique = (db.pragma('index_list(jobs)') as { name: string; unique: number }[]).find(
      (index) => index.name === 'jobs_seq',
    );
    expect(unique?.unique).toBe(1);
  });

  it('numbers jobs written at version 2 by creation time, then insertion order', () => {
    db = openDatabase(':memory:', { migrate: false });
    runMigrations(db, { targetVersion: 2 });
    insertRawJob(db, 'late', '2025-01-03T00:00:00.000Z');
    insertRawJob(db, 'tie-first', '2025-01-02T00:00:00.000Z');
    insertRawJob(db, 'tie-second', '2025-01-02T00:00:00.000Z');
    insertRawJob(db, 'early', '2025-01-01T00:00:00.000Z');
    db.prepare("INSERT INTO provider_metrics (provider_id, successes) VALUES ('ffmpeg', 4)").run();

    runMigrations(db, { targetVersion: 3 });

    expect(db.prepare('SELECT id, seq FROM jobs ORDER BY seq').all()).toEqual([
      { id: 'early', seq: 1 },
      { id: 'tie-first', seq: 2 },
      { id: 'tie-second', seq: 3 },
      { id: 'late', seq: 4 },
    ]);
    expect(db.prepare('SELECT successes FROM provider_metrics').get()).toEqual({ successes: 4 });
  });
});
