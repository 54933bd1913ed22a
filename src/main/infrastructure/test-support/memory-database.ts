import { afterEach, beforeEach } from 'vitest';
import { openDatabase } from '../storage/database.js';
import type { Database } from '../storage/sqlite-types.js';

/**
 * A fresh in-memory SQLite database for each test of the calling file or `describe`, migrated to
 * the latest schema unless `migrate` is false, closed after the test; `db` is the current one.
 */
export function useMemoryDatabase(options: { migrate?: boolean } = {}): { readonly db: Database } {
  let current: Database | undefined;
  beforeEach(() => {
    current = openDatabase(':memory:', { migrate: options.migrate });
  });
  afterEach(() => {
    current?.close();
    current = undefined;
  });
  return {
    get db() {
      if (!current) throw new Error('the in-memory database exists only inside a test');
      return current;
    },
  };
}
