import { describe, expect, it } from 'vitest';
import { columnNames, upgradedWithOldJob } from './migration-test-kit.js';

describe('migration 009 add-job-worker', () => {
  it('adds the worker column, empty for existing jobs', () => {
    const db = upgradedWithOldJob(9);
    expect(columnNames(db, 'jobs')).toContain('worker');
    expect(db.prepare('SELECT id, worker FROM jobs').all()).toEqual([{ id: 'job-from-v8', worker: null }]);
  });
});
