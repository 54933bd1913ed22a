import { LeasedTaskTable } from '../storage/leased-task-table.js';
import type { Database } from '../storage/sqlite-types.js';
import type { WebhookEvent } from '#shared/rest-contract.js';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One row of the outbox: a delivery of one event to one URL, with its attempts so far. */
export interface WebhookDelivery {
  readonly id: string;
  readonly event: WebhookEvent;
  readonly jobId: string;
  readonly url: string;
  /** The exact JSON sent on every attempt (the signature covers these bytes). */
  readonly body: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly createdAt: string;
  readonly nextAttemptAt: string;
  readonly lastAttemptAt?: string;
  readonly lastError?: string;
  readonly deliveredAt?: string;
}

interface DeliveryRow {
  id: string;
  event: WebhookEvent;
  job_id: string;
  url: string;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  created_at: string;
  next_attempt_at: string;
  last_attempt_at: string | null;
  last_error: string | null;
  delivered_at: string | null;
}

function rowToDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    event: row.event,
    jobId: row.job_id,
    url: row.url,
    body: row.body,
    status: row.status,
    attempts: row.attempts,
    createdAt: row.created_at,
    nextAttemptAt: row.next_attempt_at,
    ...(row.last_attempt_at ? { lastAttemptAt: row.last_attempt_at } : {}),
    ...(row.last_error ? { lastError: row.last_error } : {}),
    ...(row.delivered_at ? { deliveredAt: row.delivered_at } : {}),
  };
}

/**
 * A `render.completed` delivery waits while the job's S3 upload has not been tried yet, so the
 * event carries `deliveredUrl` when the upload works the first time (a failing upload does not
 * hold it back longer: the job then shows the upload's state instead).
 */
const HELD_FOR_FIRST_UPLOAD = `(event = 'render.completed' AND EXISTS (
  SELECT 1 FROM s3_deliveries AS upload
  WHERE upload.job_id = webhook_outbox.job_id AND upload.status = 'pending' AND upload.attempts = 0))`;

/** Longest error text kept per delivery (a receiver's error page can be large). */
const MAX_ERROR_CHARS = 500;

/**
 * The `webhook_outbox` table. Processes sharing the database may all deliver: a row is taken
 * with a lease (an atomic UPDATE), so only one of them attempts it at a time, and a process that
 * dies mid-attempt leaves a lease that simply runs out.
 */
export class SqliteWebhookOutbox extends LeasedTaskTable<DeliveryRow, WebhookDelivery> {
  constructor(db: Database) {
    super(
      db,
      {
        table: 'webhook_outbox',
        key: 'id',
        orderBy: 'next_attempt_at, created_at',
        waitingWhile: HELD_FOR_FIRST_UPLOAD,
      },
      rowToDelivery,
    );
  }

  /** Writes new deliveries; call it inside the transaction of the change they announce. */
  add(
    deliveries: readonly Pick<WebhookDelivery, 'id' | 'event' | 'jobId' | 'url' | 'body' | 'createdAt'>[],
  ): void {
    const insert = this.db.prepare(
      `INSERT INTO webhook_outbox (id, event, job_id, url, body, created_at, next_attempt_at)
       VALUES (@id, @event, @jobId, @url, @body, @createdAt, @createdAt)`,
    );
    for (const delivery of deliveries) insert.run(delivery);
  }

  /**
   * The job's `render.completed` deliveries not sent yet get its render as it is now (after its
   * upload was tried: with `deliveredUrl` when it worked). Sent bytes are never rewritten.
   */
  refreshUnsentCompletions(jobId: string, render: unknown): void {
    this.db.transaction(() => {
      const rows = this.db
        .prepare(
          `SELECT id, body FROM webhook_outbox
           WHERE job_id = ? AND event = 'render.completed' AND status = 'pending' AND attempts = 0`,
        )
        .all(jobId) as { id: string; body: string }[];
      const update = this.db.prepare('UPDATE webhook_outbox SET body = ? WHERE id = ?');
      for (const row of rows) {
        update.run(JSON.stringify({ ...(JSON.parse(row.body) as object), render }), row.id);
      }
    })();
  }

  markDelivered(id: string, at: string): void {
    this.db
      .prepare(
        `UPDATE webhook_outbox SET status = 'delivered', attempts = attempts + 1, last_attempt_at = @at,
           delivered_at = @at, lease_until = NULL WHERE id = @id`,
      )
      .run({ id, at });
  }

  /** Records a failed attempt: retried at `nextAttemptAt`, or given up when that is undefined. */
  markAttemptFailed(id: string, at: string, error: string, nextAttemptAt: string | undefined): void {
    this.db
      .prepare(
        `UPDATE webhook_outbox SET attempts = attempts + 1, last_attempt_at = @at, last_error = @error,
           lease_until = NULL, status = @status, next_attempt_at = COALESCE(@next, next_attempt_at)
         WHERE id = @id`,
      )
      .run({
        id,
        at,
        error: error.slice(0, MAX_ERROR_CHARS),
        status: nextAttemptAt === undefined ? 'failed' : 'pending',
        next: nextAttemptAt ?? null,
      });
  }

  /** Newest first. */
  list(options: { limit?: number; jobId?: string } = {}): WebhookDelivery[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM webhook_outbox WHERE (@jobId IS NULL OR job_id = @jobId)
         ORDER BY created_at DESC, rowid DESC LIMIT @limit`,
      )
      .all({ jobId: options.jobId ?? null, limit: options.limit ?? 100 }) as DeliveryRow[];
    return rows.map(rowToDelivery);
  }
}
