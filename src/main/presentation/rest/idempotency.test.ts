import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../infrastructure/storage/database.js';
import { SqliteIdempotencyKeys } from '../../infrastructure/storage/sqlite-idempotency-keys.js';
import { SqliteJobRepository } from '../../infrastructure/storage/sqlite-job-repository.js';
import type { Database } from '../../infrastructure/storage/sqlite-types.js';
import { makeJob } from '../../infrastructure/storage/test-fixtures.js';
import { IdempotentRenders } from './idempotency.js';
import { RestError } from './rest-errors.js';

describe('IdempotentRenders', () => {
  let db: Database;
  let created: string[];
  let renders: IdempotentRenders;
  const create = async () => {
    const id = `job-${created.length + 1}`;
    // Let the other request run meanwhile, as a real enqueue would.
    await new Promise((r) => setImmediate(r));
    new SqliteJobRepository(db).insert(makeJob({ id }));
    created.push(id);
    return id;
  };
  beforeEach(() => {
    db = openDatabase(':memory:');
    created = [];
    renders = new IdempotentRenders(new SqliteIdempotencyKeys(db));
  });
  afterEach(() => db.close());

  it('creates one job for concurrent and later requests with one key', async () => {
    const [a, b] = await Promise.all([
      renders.run('k', '{"x":1}', create),
      renders.run('k', '{"x":1}', create),
    ]);
    const c = await renders.run('k', '{"x":1}', create);
    expect(created).toEqual(['job-1']);
    expect([a, b, c].map((o) => o.jobId)).toEqual(['job-1', 'job-1', 'job-1']);
    expect([a, b, c].map((o) => o.replayed)).toEqual([false, true, true]);
    // Keys live in SQLite: a new instance (a restarted server) still knows them.
    const restarted = new IdempotentRenders(new SqliteIdempotencyKeys(db));
    expect(await restarted.run('k', '{"x":1}', create)).toEqual({ jobId: 'job-1', replayed: true });
  });

  it('refuses the key for a different body with 409, and lets a failed first request be retried', async () => {
    await renders.run('k', '{"x":1}', create);
    const conflict = await renders.run('k', '{"x":2}', create).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(RestError);
    expect((conflict as RestError).status).toBe(409);
    await expect(
      renders.run('other', '{}', async () => {
        throw new RestError(422, 'invalid_script', 'bad');
      }),
    ).rejects.toThrow('bad');
    expect((await renders.run('other', '{}', create)).replayed).toBe(false);
  });

  it('accepts printable keys only', () => {
    expect(IdempotentRenders.parseKey(undefined)).toBeUndefined();
    expect(IdempotentRenders.parseKey('abc-123_XYZ:1')).toBe('abc-123_XYZ:1');
    for (const bad of ['', 'a b', 'é', 'x'.repeat(201)])
      expect(() => IdempotentRenders.parseKey(bad)).toThrow(RestError);
  });
});
