import type { CancelRequestRepository } from '../../application/job.js';
import type { Database } from './sqlite-types.js';

/** Cancel requests across processes, kept in the shared database. */
export class SqliteCancelRequestRepository implements CancelRequestRepository {
  constructor(private readonly db: Database) {}

  request(jobId: string, at: string): void {
    this.db
      .prepare(
        'INSERT INTO cancel_requests (job_id, requested_at) VALUES (?, ?) ON CONFLICT (job_id) DO NOTHING',
      )
      .run(jobId, at);
  }

  take(jobIds: readonly string[]): string[] {
    if (jobIds.length === 0) return [];
    const placeholders = jobIds.map(() => '?').join(', ');
    return this.db
      .transaction(() => {
        const found = this.db
          .prepare(`SELECT job_id FROM cancel_requests WHERE job_id IN (${placeholders})`)
          .pluck()
          .all(...jobIds) as string[];
        if (found.length > 0) {
          this.db.prepare(`DELETE FROM cancel_requests WHERE job_id IN (${placeholders})`).run(...jobIds);
        }
        return found;
      })
      .immediate();
  }
}
