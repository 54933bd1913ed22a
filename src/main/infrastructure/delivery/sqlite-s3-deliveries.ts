import { LeasedTaskTable } from '../storage/leased-task-table.js';
import type { Database } from '../storage/sqlite-types.js';

export interface S3DeliveryRow {
  readonly jobId: string;
  readonly status: 'pending' | 'delivered' | 'failed';
  readonly attempts: number;
  readonly createdAt: string;
  readonly nextAttemptAt: string;
  readonly lastError?: string;
  readonly videoUrl?: string;
  readonly posterUrl?: string;
}

interface Row {
  job_id: string;
  status: S3DeliveryRow['status'];
  attempts: number;
  created_at: string;
  next_attempt_at: string;
  last_error: string | null;
  video_url: string | null;
  poster_url: string | null;
}

const toDelivery = (row: Row): S3DeliveryRow => ({
  jobId: row.job_id,
  status: row.status,
  attempts: row.attempts,
  createdAt: row.created_at,
  nextAttemptAt: row.next_attempt_at,
  ...(row.last_error ? { lastError: row.last_error } : {}),
  ...(row.video_url ? { videoUrl: row.video_url } : {}),
  ...(row.poster_url ? { posterUrl: row.poster_url } : {}),
});

/** The `s3_deliveries` table: one upload task per completed job, leased like the webhook outbox. */
export class SqliteS3Deliveries extends LeasedTaskTable<Row, S3DeliveryRow> {
  constructor(db: Database) {
    super(db, { table: 's3_deliveries', key: 'job_id', orderBy: 'next_attempt_at' }, toDelivery);
  }

  /** Queues (again) the upload of a job's files; inside the transaction that completes it. */
  add(jobId: string, at: string): void {
    this.db
      .prepare(
        `INSERT INTO s3_deliveries (job_id, created_at, next_attempt_at) VALUES (?, ?, ?)
         ON CONFLICT (job_id) DO UPDATE SET status = 'pending', attempts = 0, created_at = excluded.created_at,
           next_attempt_at = excluded.next_attempt_at, lease_until = NULL, last_error = NULL`,
      )
      .run(jobId, at, at);
  }

  markDelivered(jobId: string, urls: { videoUrl: string; posterUrl?: string }): void {
    this.db
      .prepare(
        `UPDATE s3_deliveries SET status = 'delivered', attempts = attempts + 1, lease_until = NULL,
           last_error = NULL, video_url = ?, poster_url = ? WHERE job_id = ?`,
      )
      .run(urls.videoUrl, urls.posterUrl ?? null, jobId);
  }

  markAttemptFailed(jobId: string, error: string, nextAttemptAt: string | undefined): void {
    this.db
      .prepare(
        `UPDATE s3_deliveries SET attempts = attempts + 1, lease_until = NULL, last_error = ?,
           status = ?, next_attempt_at = COALESCE(?, next_attempt_at) WHERE job_id = ?`,
      )
      .run(
        error.slice(0, 500),
        nextAttemptAt === undefined ? 'failed' : 'pending',
        nextAttemptAt ?? null,
        jobId,
      );
  }

  get(jobId: string): S3DeliveryRow | undefined {
    const row = this.db.prepare('SELECT * FROM s3_deliveries WHERE job_id = ?').get(jobId) as Row | undefined;
    return row ? toDelivery(row) : undefined;
  }
}
