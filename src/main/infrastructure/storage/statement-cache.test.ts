import { describe, expect, it } from 'vitest';
import { useMemoryDatabase } from '../test-support/memory-database.js';
import { StatementCache } from './statement-cache.js';

describe('StatementCache', () => {
  const memory = useMemoryDatabase({ migrate: false });

  it('prepares each SQL text once', () => {
    const cache = new StatementCache(memory.db);
    expect(cache.get('SELECT 1')).toBe(cache.get('SELECT 1'));
    expect(cache.get('SELECT 2')).not.toBe(cache.get('SELECT 1'));
    expect(cache.size).toBe(2);
  });

  it('drops the oldest statement when full', () => {
    const cache = new StatementCache(memory.db, 2);
    const first = cache.get('SELECT 1');
    cache.get('SELECT 2');
    cache.get('SELECT 3');
    expect(cache.size).toBe(2);
    expect(cache.get('SELECT 1')).not.toBe(first);
  });
});
