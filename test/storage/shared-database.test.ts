import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_DATABASE_FILE,
  openDatabase,
  SqliteJobRepository,
  SqliteProviderMetricsRepository,
} from '../../src/main/infrastructure/storage/index.js';
import type { Database } from '../../src/main/infrastructure/storage/index.js';
import { makeJob, makeTempDir, removeTempDir } from '../../src/main/infrastructure/storage/test-fixtures.js';

/**
 * The CLI and the desktop app open the same file from two processes. These tests use real
 * files: two connections in this process, and a child process holding the write lock.
 */

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** Plain JS for a child `node`: takes the write lock, says so, holds it, then commits. */
const HOLD_WRITE_LOCK = `
  const Database = require('better-sqlite3');
  const [file, holdMs] = process.argv.slice(1);
  const db = new Database(file);
  db.exec('BEGIN IMMEDIATE');
  db.prepare("INSERT INTO provider_metrics (provider_id, successes) VALUES ('child', 1)").run();
  process.stdout.write('locked\\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(holdMs));
  db.exec('COMMIT');
  db.close();
`;

interface LockHolder {
  readonly locked: Promise<void>;
  readonly exited: Promise<number | null>;
}

function holdWriteLock(file: string, holdMs: number): LockHolder {
  const child = spawn(process.execPath, ['-e', HOLD_WRITE_LOCK, file, String(holdMs)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve();
    });
    void exited.then((code) => reject(new Error(`lock holder exited (${code}) before locking: ${stderr}`)));
  });
  return { locked, exited };
}

describe('one database file shared by two connections', () => {
  let dir: string;
  let file: string;
  const open: Database[] = [];
  const connect = (options?: Parameters<typeof openDatabase>[1]) => {
    const db = openDatabase(file, options);
    open.push(db);
    return db;
  };

  beforeEach(() => {
    dir = makeTempDir();
    file = path.join(dir, DEFAULT_DATABASE_FILE);
  });
  afterEach(() => {
    for (const db of open.splice(0)) db.close();
    removeTempDir(dir);
  });

  it('runs in WAL mode on both connections', () => {
    expect(connect().pragma('journal_mode', { simple: true })).toBe('wal');
    expect(connect().pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it("lets each connection see the other's writes", () => {
    const cliDb = connect();
    const appDb = connect();
    const cli = new SqliteJobRepository(cliDb);
    const app = new SqliteJobRepository(appDb);

    const job = makeJob();
    cli.insert(job);
    expect(app.get(job.id)).toEqual(job);

    app.update(job.id, { status: 'cancelled' });
    expect(cli.get(job.id)?.status).toBe('cancelled');
    expect(cli.listQueued()).toEqual([]);

    new SqliteProviderMetricsRepository(cliDb).recordFailure('ffmpeg', 'exit 1', job.createdAt);
    expect(new SqliteProviderMetricsRepository(appDb).get('ffmpeg')?.failures).toBe(1);
  });

  it('gives distinct, increasing queue positions to jobs queued from two connections', () => {
    const cli = new SqliteJobRepository(connect());
    const app = new SqliteJobRepository(connect());
    const order = [makeJob(), makeJob(), makeJob(), makeJob()];
    order.forEach((job, i) => (i % 2 === 0 ? cli : app).insert(job));
    expect(app.listQueued().map((j) => j.id)).toEqual(order.map((j) => j.id));
  });

  it('waits for a peer process holding the write lock instead of failing', async () => {
    openDatabase(file).close(); // the schema must exist before the child writes
    const holder = holdWriteLock(file, 400);
    await holder.locked;

    const metrics = new SqliteProviderMetricsRepository(connect());
    const started = Date.now();
    metrics.recordSuccess('ffmpeg', 2, '2025-01-01T00:00:00.000Z');
    const waited = Date.now() - started;

    expect(await holder.exited).toBe(0);
    expect(waited).toBeGreaterThan(100);
    expect(metrics.list().map((m) => m.providerId)).toEqual(['child', 'ffmpeg']);
  });

  it('fails at once with SQLITE_BUSY when the busy timeout is zero', async () => {
    openDatabase(file).close(); // the schema must exist before the child writes
    const holder = holdWriteLock(file, 400);
    await holder.locked;

    const metrics = new SqliteProviderMetricsRepository(connect({ busyTimeoutMs: 0 }));
    expect(() => metrics.recordSuccess('ffmpeg', 2, '2025-01-01T00:00:00.000Z')).toThrow(
      /database is locked/,
    );
    expect(await holder.exited).toBe(0);
  });
});
