import type { Database } from './sqlite-types.js';

/** Where a table of pending tasks keeps them: its name, its key column and the order work is taken in. */
export interface LeasedTableShape {
  readonly table: string;
  readonly key: string;
  readonly orderBy: string;
  /** SQL condition on a row that keeps it waiting although it is due (neither claimed nor timed). */
  readonly waitingWhile?: string;
}

/**
 * A table of pending tasks (the webhook outbox, the S3 deliveries) with `status`,
 * `next_attempt_at` and `lease_until` columns. Processes sharing the database may all work on it:
 * rows are taken with a lease in one immediate transaction, so only one of them attempts a row at
 * a time, and a process that dies mid-attempt leaves a lease that simply runs out.
 */
export abstract class LeasedTaskTable<Row, Task> {
  readonly #claim: string;
  readonly #lease: string;
  readonly #nextDue: string;
  readonly #release: string;
  readonly #key: string;

  protected constructor(
    protected readonly db: Database,
    { table, key, orderBy, waitingWhile }: LeasedTableShape,
    private readonly toTask: (row: Row) => Task,
  ) {
    this.#key = key;
    const waiting = waitingWhile === undefined ? '' : ` AND NOT ${waitingWhile}`;
    this.#claim = `SELECT * FROM ${table}
      WHERE status = 'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)${waiting}
      ORDER BY ${orderBy} LIMIT ?`;
    this.#lease = `UPDATE ${table} SET lease_until = ? WHERE ${key} = ?`;
    this.#nextDue = `SELECT MIN(MAX(next_attempt_at, COALESCE(lease_until, ''))) AS due FROM ${table} WHERE status = 'pending'${waiting}`;
    this.#release = `UPDATE ${table} SET lease_until = NULL WHERE ${key} = ?`;
  }

  /** Pending tasks due at `now` and not leased, leased until `leaseUntil` to this caller. */
  claimDue(now: string, leaseUntil: string, limit: number): Task[] {
    return this.db
      .transaction(() => {
        const rows = this.db.prepare(this.#claim).all(now, now, limit) as Row[];
        const lease = this.db.prepare(this.#lease);
        for (const row of rows) lease.run(leaseUntil, (row as Record<string, unknown>)[this.#key]);
        return rows.map(this.toTask);
      })
      .immediate();
  }

  /** When the next pending task is due (or its lease runs out), for a worker's timer. */
  nextDueAt(): string | undefined {
    const row = this.db.prepare(this.#nextDue).get() as { due: string | null };
    return row.due ?? undefined;
  }

  /** Gives a leased task back untouched (an attempt cut short by shutdown). */
  release(key: string): void {
    this.db.prepare(this.#release).run(key);
  }
}
