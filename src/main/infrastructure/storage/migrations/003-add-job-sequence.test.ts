import { describe, expect, it } from 'vitest';
import { columnNames, databaseAt, indexColumns, insertRawJob, migrateTo } from './migration-test-kit.js';

describe('migration 003 add-job-sequence', () => {
  it('adds a uniquely indexed seq column to jobs', () => {
    const db = databaseAt(3);
    expect(columnNames(db, 'jobs').at(-1)).toBe('seq');
    expect(indexColumns(db, 'jobs')['jobs_seq']).toEqual(['seq']);
    const indexes = db.pragma('index_list(jobs)') as { name: string; unique: number }[];
    expect(indexes.find((index) => index.name === 'jobs_seq')?.unique).toBe(1);
  });

  it('numbers jobs written at version 2 by creation time, then insertion order', () => {
    const db = databaseAt(2);
    insertRawJob(db, 'late', '2025-01-03T00:00:00.000Z');
    insertRawJob(db, 'tie-first', '2025-01-02T00:00:00.000Z');
    insertRawJob(db, 'tie-second', '2025-01-02T00:00:00.000Z');
    insertRawJob(db, 'early', '2025-01-01T00:00:00.000Z');
    db.prepare("INSERT INTO provider_metrics (provider_id, successes) VALUES ('ffmpeg', 4)").run();

    migrateTo(db, 3);

    const order = db.prepare('SELECT id, seq FROM jobs ORDER BY seq').all() as { id: string; seq: number }[];
    expect(order.map((row) => `${row.seq}:${row.id}`)).toEqual([
      '1:early',
      '2:tie-first',
      '3:tie-second',
      '4:late',
    ]);
    expect(db.prepare('SELECT successes FROM provider_metrics').get()).toEqual({ successes: 4 });
  });
});
