import { describe, expect, it } from 'vitest';
import { databaseAt, expectTable, insertRawJob, upgradedWithOldJob } from './migration-test-kit.js';

describe('migration 004 create-cancel-requests', () => {
  it('adds the cancel_requests table, dropped with its job', () => {
    const db = databaseAt(4);
    expectTable(db, 'cancel_requests', 'job_id requested_at');
    insertRawJob(db, 'job-1', '2025-01-01T00:00:00.000Z');
    db.prepare("INSERT INTO cancel_requests VALUES ('job-1', 'now')").run();
    db.prepare("DELETE FROM jobs WHERE id = 'job-1'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM cancel_requests').get()).toEqual({ n: 0 });
  });

  it('keeps jobs written at version 3', () => {
    expect(upgradedWithOldJob(4).prepare('SELECT id FROM jobs').all()).toEqual([{ id: 'job-from-v3' }]);
  });
});
