import { describe, expect, it } from 'vitest';
import { columnNames, upgradedWithOldJob } from './migration-test-kit.js';

describe('migration 006 add-job-checkpoint-and-cost', () => {
  it('adds the checkpoint and cost columns, empty for existing jobs', () => {
    const db = upgradedWithOldJob(6);
    expect(columnNames(db, 'jobs').slice(-2)).toEqual(['checkpoint_json', 'cost_json']);
    const jobs = db.prepare('SELECT id, checkpoint_json, cost_json FROM jobs').all();
    expect(jobs).toEqual([{ id: 'job-from-v5', checkpoint_json: null, cost_json: null }]);
  });
});
