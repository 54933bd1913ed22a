import { beforeEach, describe, expect, it } from 'vitest';
import { useMemoryDatabase } from '../test-support/memory-database.js';
import type { Database } from './sqlite-types.js';
import { LeasedTaskTable } from './leased-task-table.js';

interface TaskRow {
  readonly id: string;
  readonly status: string;
  readonly created_at: string;
  readonly next_attempt_at: string;
  readonly lease_until: string | null;
}

/** The smallest table of tasks: an id and the columns leasing needs. */
class TaskTable extends LeasedTaskTable<TaskRow, string> {
  constructor(db: Database) {
    super(db, { table: 'tasks', key: 'id', orderBy: 'next_attempt_at, created_at' }, (row) => row.id);
  }
}

describe('LeasedTaskTable', () => {
  const memory = useMemoryDatabase({ migrate: false });
  let tasks: TaskTable;
  const add = (id: string, nextAttemptAt: string, status = 'pending', createdAt = '2026-01-01T00:00:00Z') =>
    memory.db
      .prepare('INSERT INTO tasks (id, status, created_at, next_attempt_at) VALUES (?, ?, ?, ?)')
      .run(id, status, createdAt, nextAttemptAt);
  const claim = (now: string, leaseUntil: string, limit = 10) => tasks.claimDue(now, leaseUntil, limit);

  beforeEach(() => {
    memory.db.exec(
      'CREATE TABLE tasks (id TEXT PRIMARY KEY, status TEXT NOT NULL, created_at TEXT NOT NULL, next_attempt_at TEXT NOT NULL, lease_until TEXT)',
    );
    tasks = new TaskTable(memory.db);
  });

  it('hands out the pending rows that are due, in order, up to the limit', () => {
    add('late', '2026-01-01T10:02:00Z');
    add('early', '2026-01-01T10:00:00Z');
    add('tie-newer', '2026-01-01T10:01:00Z', 'pending', '2026-01-01T00:00:02Z');
    add('tie-older', '2026-01-01T10:01:00Z', 'pending', '2026-01-01T00:00:01Z');
    add('future', '2026-01-01T11:00:00Z');
    add('done', '2026-01-01T09:00:00Z', 'delivered');
    expect(claim('2026-01-01T10:30:00Z', '2026-01-01T10:31:00Z', 3)).toEqual([
      'early',
      'tie-older',
      'tie-newer',
    ]);
    expect(claim('2026-01-01T10:30:00Z', '2026-01-01T10:31:00Z')).toEqual(['late']);
  });

  it('leases what it hands out: nobody else gets it until the lease runs out', () => {
    add('a', '2026-01-01T10:00:00Z');
    expect(claim('2026-01-01T10:00:00Z', '2026-01-01T10:05:00Z')).toEqual(['a']);
    expect(claim('2026-01-01T10:04:59Z', '2026-01-01T10:10:00Z')).toEqual([]);
    expect(claim('2026-01-01T10:05:00Z', '2026-01-01T10:10:00Z')).toEqual(['a']);
  });

  it('gives a leased row back on release', () => {
    add('a', '2026-01-01T10:00:00Z');
    expect(claim('2026-01-01T10:00:00Z', '2026-01-01T10:05:00Z')).toEqual(['a']);
    tasks.release('a');
    expect(claim('2026-01-01T10:00:01Z', '2026-01-01T10:05:00Z')).toEqual(['a']);
  });

  it('says when the next pending row is due, counting its lease, and nothing when none is pending', () => {
    expect(tasks.nextDueAt()).toBeUndefined();
    add('done', '2026-01-01T09:00:00Z', 'failed');
    expect(tasks.nextDueAt()).toBeUndefined();
    add('a', '2026-01-01T10:00:00Z');
    add('b', '2026-01-01T10:03:00Z');
    expect(tasks.nextDueAt()).toBe('2026-01-01T10:00:00Z');
    claim('2026-01-01T10:00:00Z', '2026-01-01T10:05:00Z', 1);
    expect(tasks.nextDueAt()).toBe('2026-01-01T10:03:00Z');
  });
});
