import { describe, expect, it } from 'vitest';
import { databaseAt, expectTable, upgradedWithOldJob } from './migration-test-kit.js';

describe('migration 005 create-library-scripts', () => {
  it('adds the library_scripts table with unique paths', () => {
    const db = databaseAt(5);
    expectTable(db, 'library_scripts', 'id name path content added_at updated_at seq');
    const insert = db.prepare('INSERT INTO library_scripts VALUES (?, ?, ?, ?, ?, ?, ?)');
    insert.run('a', 'a.json', '/x/a.json', '{}', 't', 't', 1);
    expect(() => insert.run('b', 'a.json', '/x/a.json', '{}', 't', 't', 2)).toThrow(/UNIQUE/);
    // Pasted scripts have no path: any number of them may share a name.
    insert.run('c', 'up.json', null, '{}', 't', 't', 3);
    insert.run('d', 'up.json', null, '{}', 't', 't', 4);
  });

  it('keeps jobs written at version 4', () => {
    expect(upgradedWithOldJob(5).prepare('SELECT id FROM jobs').all()).toEqual([{ id: 'job-from-v4' }]);
  });
});
