import { randomUUID } from 'node:crypto';
import type { JobListFilter, JobRepository, JobUpdate, VideoJob } from '../../application/job.js';
import { toRenderView } from '#shared/render-view.js';
import type { WebhookPayload } from '#shared/rest-contract.js';
import type { VideoStatus } from '#core/video-status.js';
import type { Database } from '../storage/sqlite-types.js';
import type { SqliteWebhookOutbox } from './sqlite-webhook-outbox.js';
import { webhookEventFor } from './webhook-event-for.js';
import type { WebhookTarget } from './webhook-targets.js';

export interface OutboxJobRepositoryOptions {
  readonly database: Database;
  readonly outbox: SqliteWebhookOutbox;
  readonly targets: () => readonly WebhookTarget[];
  /** Called after a commit that queued deliveries (wakes the delivery worker). */
  readonly onQueued?: () => void;
  /** Runs inside the same transaction after every status change (e.g. queues an S3 upload). */
  readonly onStatusChange?: (previous: VideoStatus | undefined, job: VideoJob) => void;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

/**
 * The job repository with the webhook outbox: a status change that is a webhook event writes
 * one delivery per subscribed webhook in the same SQLite transaction as the change itself, so
 * the event exists exactly when the change does, whatever happens to the process afterwards.
 */
export class OutboxJobRepository implements JobRepository {
  readonly #inner: JobRepository;
  readonly #options: OutboxJobRepositoryOptions;

  constructor(inner: JobRepository, options: OutboxJobRepositoryOptions) {
    this.#inner = inner;
    this.#options = options;
  }

  update(id: string, update: JobUpdate): VideoJob {
    if (update.status === undefined) return this.#inner.update(id, update);
    let queued = 0;
    const job = this.#options.database.transaction(() => {
      const previous = this.#inner.get(id)?.status;
      const next = this.#inner.update(id, update);
      this.#options.onStatusChange?.(previous, next);
      const event = webhookEventFor(previous, next.status);
      if (event === undefined) return next;
      const subscribed = this.#options.targets().filter((target) => target.events.includes(event));
      if (subscribed.length === 0) return next;
      const createdAt = (this.#options.now?.() ?? new Date()).toISOString();
      const render = toRenderView(next);
      this.#options.outbox.add(
        subscribed.map((target) => {
          const deliveryId = (this.#options.newId ?? randomUUID)();
          const payload: WebhookPayload = { id: deliveryId, event, created_at: createdAt, render };
          return {
            id: deliveryId,
            event,
            jobId: next.id,
            url: target.url,
            body: JSON.stringify(payload),
            createdAt,
          };
        }),
      );
      queued = subscribed.length;
      return next;
    })();
    if (queued > 0) this.#options.onQueued?.();
    return job;
  }

  insert(job: VideoJob): void {
    this.#inner.insert(job);
  }
  insertAll(jobs: readonly VideoJob[], alongside?: () => void): void {
    this.#inner.insertAll(jobs, alongside);
  }
  get(id: string): VideoJob | undefined {
    return this.#inner.get(id);
  }
  list(filter?: JobListFilter): VideoJob[] {
    return this.#inner.list(filter);
  }
  count(filter?: JobListFilter): number {
    return this.#inner.count(filter);
  }
  delete(id: string): boolean {
    return this.#inner.delete(id);
  }
  listQueued(): VideoJob[] {
    return this.#inner.listQueued();
  }
  listRunning(): VideoJob[] {
    return this.#inner.listRunning();
  }
  resolveIdPrefix(prefix: string): string | undefined {
    return this.#inner.resolveIdPrefix(prefix);
  }
  countBy(column: Parameters<JobRepository['countBy']>[0]): Record<string, number> {
    return this.#inner.countBy(column);
  }
}
