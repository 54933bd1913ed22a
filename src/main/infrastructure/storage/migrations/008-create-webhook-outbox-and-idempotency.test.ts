import { describe, expect, it } from 'vitest';
import { columnNames, indexColumns, tableNames, upgradedWithOldJob } from './migration-test-kit.js';

describe('migration 008 create-webhook-outbox-and-idempotency', () => {
  it('adds the outbox (kept after its job goes), idempotency keys and S3 deliveries (dropped with their job)', () => {
    const db = upgradedWithOldJob(8);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['webhook_outbox', 'idempotency_keys', 's3_deliveries']),
    );
    expect(columnNames(db, 'webhook_outbox')).toContain('next_attempt_at');
    expect(indexColumns(db, 'webhook_outbox')).toEqual({ webhook_outbox_due: ['status', 'next_attempt_at'] });
    db.prepare(
      "INSERT INTO webhook_outbox (id, event, job_id, url, body, created_at, next_attempt_at) VALUES ('d1', 'render.completed', 'job-from-v7', 'http://x', '{}', 'now', 'now')",
    ).run();
    db.prepare("INSERT INTO idempotency_keys VALUES ('k1', 'job-from-v7', 'h', 'now')").run();
    db.prepare(
      "INSERT INTO s3_deliveries (job_id, created_at, next_attempt_at) VALUES ('job-from-v7', 'now', 'now')",
    ).run();
    expect(db.prepare('SELECT status, attempts FROM webhook_outbox').get()).toEqual({
      status: 'pending',
      attempts: 0,
    });
    db.prepare("DELETE FROM jobs WHERE id = 'job-from-v7'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM idempotency_keys').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM s3_deliveries').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM webhook_outbox').get()).toEqual({ n: 1 });
  });
});
