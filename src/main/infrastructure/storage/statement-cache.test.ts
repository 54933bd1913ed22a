import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import type { Database } from './sqlite-types.js';
import { StatementCache } from './statement-cache.js';

describe('StatementCache', () => {
  let db: Database;
  beforeEach(() => {
    db = openDatabase(':memory:', { migrate: false });
  });
  afterEach(() => db.close());

  it('prepares each SQL text once', () => {
    const cache = new StatementCache(db);
    expect(cache.get('SELECT 1')).toBe(cache.get('SELECT 1'));
    expect(cache.get('SELECT 2')).not.toBe(cache.get('SELECT 1'));
    expect(cache.size).toBe(2);
  });

  it('drops the oldest statement when full', () => {
    const cache = new StatementCache(db, 2);
    const first = cache.get('SELECT 1');
    cache.get('SELECT 2');
    cache.get('SELECT 3');
    expect(cache.size).toBe(2);
    expect(cache.get('SELECT 1')).not.toBe(first);
  });
});
