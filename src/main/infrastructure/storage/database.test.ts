import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_FILE, openDatabase } from './database.js';
import { DatabaseOpenError, SchemaTooNewError } from './errors.js';
import { LATEST_SCHEMA_VERSION, schemaVersion } from './migrations/index.js';
import { tableNames } from './migrations/schema-inspection.js';
import { makeTempDir, removeTempDir } from './test-fixtures.js';

describe('openDatabase', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => removeTempDir(dir));

  it('creates missing parent folders and a migrated, WAL-mode file', () => {
    const file = path.join(dir, 'nested', 'data', DEFAULT_DATABASE_FILE);
    const db = openDatabase(file);
    try {
      expect(fs.existsSync(file)).toBe(true);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      // 1 = NORMAL
      expect(db.pragma('synchronous', { simple: true })).toBe(1);
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(tableNames(db)).toEqual([
        'cancel_requests',
        'idempotency_keys',
        'jobs',
        'library_scripts',
        'provider_metrics',
        's3_deliveries',
        'video_analytics',
        'webhook_outbox',
      ]);
    } finally {
      db.close();
    }
  });

  it('opens an in-memory database without WAL', () => {
    const db = openDatabase(':memory:', { busyTimeoutMs: 250 });
    expect(db.pragma('journal_mode', { simple: true })).toBe('memory');
    expect(db.pragma('busy_timeout', { simple: true })).toBe(250);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('leaves the schema alone when asked not to migrate', () => {
    const db = openDatabase(':memory:', { migrate: false });
    expect(schemaVersion(db)).toBe(0);
    db.close();
  });

  it('reopens an existing file without migrating it again', () => {
    const file = path.join(dir, DEFAULT_DATABASE_FILE);
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a file written by a newer Reelforge, naming it', () => {
    const file = path.join(dir, DEFAULT_DATABASE_FILE);
    const db = openDatabase(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();

    expect(() => openDatabase(file)).toThrow(SchemaTooNewError);
    expect(() => openDatabase(file)).toThrow(
      `database at ${file} was created by a newer Reelforge (schema ${LATEST_SCHEMA_VERSION + 1} > ${LATEST_SCHEMA_VERSION})`,
    );
  });

  it('names the file when it is not a database', () => {
    const file = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(file, 'these are not the pages you are looking for'.repeat(100));
    expect(() => openDatabase(file)).toThrow(DatabaseOpenError);
    expect(() => openDatabase(file)).toThrow(`database at ${file}: file is not a database`);
  });

  it('names the file when its folder cannot be created', () => {
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, '');
    const file = path.join(blocker, 'db.sqlite');
    expect(() => openDatabase(file)).toThrow(`database at ${file}: cannot create its folder`);
  });
});
