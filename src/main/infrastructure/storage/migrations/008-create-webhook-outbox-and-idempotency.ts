import type { Migration } from './migration.js';

/**
 * The render server's durable state:
 * - `webhook_outbox`: one row per webhook delivery, written in the same transaction as the job's
 *   state change that caused it, so an event is never lost and never sent for a change that was
 *   rolled back. The body is stored as sent (its signature covers these exact bytes); a row is
 *   kept after its job is deleted, as the delivery log.
 * - `idempotency_keys`: `Idempotency-Key` of `POST /v1/renders` → the job it created, with a hash
 *   of the request so a key reused for a different request is refused; goes away with its job.
 * - `s3_deliveries`: uploads of a completed job's files to S3-compatible storage, recorded in the
 *   transaction that completes the job and retried until they succeed (or for 24 h).
 */
export const createWebhookOutboxAndIdempotency: Migration = {
  version: 8,
  name: 'create-webhook-outbox-and-idempotency',
  up(db) {
    db.exec(`
      CREATE TABLE webhook_outbox (
        id TEXT PRIMARY KEY,
        event TEXT NOT NULL,
        job_id TEXT NOT NULL,
        url TEXT NOT NULL,
        body TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        next_attempt_at TEXT NOT NULL,
        lease_until TEXT,
        last_attempt_at TEXT,
        last_error TEXT,
        delivered_at TEXT
      );
      CREATE INDEX webhook_outbox_due ON webhook_outbox (status, next_attempt_at);
      CREATE TABLE idempotency_keys (
        key TEXT PRIMARY KEY,
        job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        request_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE s3_deliveries (
        job_id TEXT PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        next_attempt_at TEXT NOT NULL,
        lease_until TEXT,
        last_error TEXT,
        video_url TEXT,
        poster_url TEXT
      );
    `);
  },
};
