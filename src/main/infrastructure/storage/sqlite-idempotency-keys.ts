import type { Database } from './sqlite-types.js';

export interface IdempotencyRecord {
  readonly jobId: string;
  readonly requestHash: string;
}

/** `Idempotency-Key` → the job its first request created (rows go away with their job). */
export class SqliteIdempotencyKeys {
  constructor(private readonly db: Database) {}

  get(key: string): IdempotencyRecord | undefined {
    const row = this.db
      .prepare('SELECT job_id AS jobId, request_hash AS requestHash FROM idempotency_keys WHERE key = ?')
      .get(key) as IdempotencyRecord | undefined;
    return row;
  }

  /** Stores the key unless it exists; returns the record that is stored now. */
  remember(key: string, record: IdempotencyRecord, at: string): IdempotencyRecord {
    this.db
      .prepare(
        `INSERT INTO idempotency_keys (key, job_id, request_hash, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO NOTHING`,
      )
      .run(key, record.jobId, record.requestHash, at);
    return this.get(key) ?? record;
  }
}
