import { describe, expect, it } from 'vitest';
import { databaseAt, expectTable, tableNames, upgradedWithOldJob } from './migration-test-kit.js';

describe('migration 002 create-provider-metrics', () => {
  it('adds the provider_metrics table', () => {
    const db = databaseAt(2);
    expect(tableNames(db)).toEqual(['jobs', 'provider_metrics']);
    const columns = 'provider_id successes failures total_seconds last_error last_error_at last_success_at';
    expectTable(db, 'provider_metrics', columns);
  });

  it('keeps jobs written at version 1', () => {
    const jobs = upgradedWithOldJob(2).prepare('SELECT id, topic FROM jobs').all();
    expect(jobs).toEqual([{ id: 'job-from-v1', topic: 'topic of job-from-v1' }]);
  });

  it('starts counters at zero', () => {
    const db = databaseAt(2);
    db.prepare("INSERT INTO provider_metrics (provider_id) VALUES ('ffmpeg')").run();
    const counters = db.prepare('SELECT successes, failures, total_seconds FROM provider_metrics').get();
    expect(counters).toEqual({ successes: 0, failures: 0, total_seconds: 0 });
  });
});
