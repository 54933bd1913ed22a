import type { Database } from './sqlite-types.js';

/** The `jobs.worker` column (migration 009): which farm worker holds or held a job. */
export class SqliteJobWorkers {
  constructor(private readonly db: Database) {}

  set(jobId: string, worker: string | undefined): void {
    this.db.prepare('UPDATE jobs SET worker = ? WHERE id = ?').run(worker ?? null, jobId);
  }

  get(jobId: string): string | undefined {
    const row = this.db.prepare('SELECT worker FROM jobs WHERE id = ?').get(jobId) as
      { worker: string | null } | undefined;
    return row?.worker ?? undefined;
  }
}
