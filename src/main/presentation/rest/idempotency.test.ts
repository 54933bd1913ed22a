import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../infrastructure/storage/database.js';
import { SqliteIdempotencyKeys } from '../../infrastructure/storage/sqlite-idempotency-keys.js';
import { SqliteJobRepository } from '../../infrastructure/storage/sqlite-job-repository.js';
import type { Database } from '../../infrastructure/storage/sqlite-types.js';
import { makeJob } from '../../infrastructure/storage/test-fixtures.js';
import { IdempotentRenders } from './idempotency.js';

describe('IdempotentRenders', () => {
  let db: Database;
  let jobs: SqliteJobRepository;
  beforeEach(() => {
    db = openDatabase(':memory:');
    jobs = new SqliteJobRepository(db);
  });
  afterEach(() => db.close());

  /** What `POST /v1/renders` does: store the job, claiming the key in the same transaction. */
  const queueOne =
    (id: string, beforeStoring?: () => Promise<void>) =>
    async (claim: (jobId: string) => void): Promise<string> => {
      await beforeStoring?.();
      jobs.insertAll([makeJob({ id })], () => claim(id));
      return id;
    };

  it('a repeated key answers with the first job, and a different body with the key is refused', async () => {
    const renders = new IdempotentRenders(new SqliteIdempotencyKeys(db));
    expect(await renders.run('key-1', '{"a":1}', queueOne('job-1'))).toEqual({
      jobId: 'job-1',
      replayed: false,
    });
    expect(await renders.run('key-1', '{"a":1}', queueOne('job-2'))).toEqual({
      jobId: 'job-1',
      replayed: true,
    });
    await expect(renders.run('key-1', '{"a":2}', queueOne('job-3'))).rejects.toMatchObject({ status: 409 });
    expect(jobs.list().map((job) => job.id)).toEqual(['job-1']);
  });

  it('stores the key with its jobs or not at all: a failure after the claim leaves neither', async () => {
    const renders = new IdempotentRenders(new SqliteIdempotencyKeys(db));
    const crashAfterClaim = async (claim: (jobId: string) => void): Promise<string> => {
      jobs.insertAll([makeJob({ id: 'job-1' })], () => {
        claim('job-1');
        throw new Error('the process died here');
      });
      return 'job-1';
    };
    await expect(renders.run('key-1', '{}', crashAfterClaim)).rejects.toThrow('died');
    expect(jobs.list()).toEqual([]);
    expect(new SqliteIdempotencyKeys(db).get('key-1')).toBeUndefined();
    // The client's retry renders once.
    expect(await renders.run('key-1', '{}', queueOne('job-2'))).toEqual({ jobId: 'job-2', replayed: false });
    expect(jobs.list().map((job) => job.id)).toEqual(['job-2']);
  });

  it('when another process stores the key first, its job is the answer and ours is never stored', async () => {
    // Two servers on one database (two processes: no shared in-memory lock between them).
    const here = new IdempotentRenders(new SqliteIdempotencyKeys(db));
    const there = new IdempotentRenders(new SqliteIdempotencyKeys(db));
    const outcome = await here.run(
      'key-1',
      '{}',
      queueOne('job-here', async () => {
        expect(await there.run('key-1', '{}', queueOne('job-there'))).toMatchObject({ replayed: false });
      }),
    );
    expect(outcome).toEqual({ jobId: 'job-there', replayed: true });
    expect(jobs.list().map((job) => job.id)).toEqual(['job-there']);
  });
});
