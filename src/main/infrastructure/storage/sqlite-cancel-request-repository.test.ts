import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import type { Database } from './sqlite-types.js';
import { SqliteCancelRequestRepository } from './sqlite-cancel-request-repository.js';
import { SqliteJobRepository } from './sqlite-job-repository.js';
import { makeJob } from './test-fixtures.js';

describe('SqliteCancelRequestRepository', () => {
  let db: Database;
  afterEach(() => db.close());

  it('hands each request out once, only for the jobs asked about', () => {
    db = openDatabase(':memory:');
    const jobs = new SqliteJobRepository(db);
    jobs.insert(makeJob({ id: 'a' }));
    jobs.insert(makeJob({ id: 'b' }));
    const requests = new SqliteCancelRequestRepository(db);
    requests.request('a', '2025-01-01T00:00:00.000Z');
    requests.request('a', '2025-01-01T00:00:01.000Z');
    requests.request('b', '2025-01-01T00:00:00.000Z');
    expect(requests.take(['a'])).toEqual(['a']);
    expect(requests.take(['a'])).toEqual([]);
    expect(requests.take([])).toEqual([]);
    expect(requests.take(['a', 'b'])).toEqual(['b']);
  });
});
