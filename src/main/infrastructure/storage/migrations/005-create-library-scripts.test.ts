import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import type { Database } from '../sqlite-types.js';
import { insertRawJob } from './raw-rows.js';
import { runMigrations, schemaVersion } from './index.js';
import { columnNames, tableNames } from './schema-inspection.js';

describe('migration 005 create-library-scripts', () => {
  let db: Database;
  afterEach(() => db.close());

  it('adds the library_scripts table with unique paths', () => {
    db = openDatabase(':memory:', { migrate: false });
    runMigrations(db, { targetVersion: 5 });
    expect(schemaVersion(db)).toBe(5);
    expect(tableNames(db)).toContain('library_scripts');
    expect(columnNames(db, 'library_scripts')).toEqual([
      'id',
      'name',
      'path',
      'content',
      'added_at',
      'updated_at',
      'seq',
    ]);
    const insert = db.prepare('INSERT INTO library_scripts VALUES (?, ?, ?, ?, ?, ?, ?)');
    insert.run('a', 'a.json', '/x/a.json', '{}', 't', 't', 1);
    expect(() => insert.run('b', 'a.json', '/x/a.json', '{}', 't', 't', 2)).toThrow(/UNIQUE/);
    insert.run('c', 'up.json', null, '{}', 't', 't', 3);
    insert.run('d', 'up.json', null, '{}', 't', 't', 4);
  });

  it('keeps jobs written at version 4', () => {
    db = openDatabase(':memory:', { migrate: false });
    runMigrations(db, { targetVersion: 4 });
    insertRawJob(db, 'job-from-v4', '2025-01-01T00:00:00.000Z');
    runMigrations(db, { targetVersion: 5 });
    expect(db.prepare('SELECT id FROM jobs').all()).toEqual([{ id: 'job-from-v4' }]);
  });
});
