import type { ConfigManager } from '#core/config.js';
import type { JobRepository, VideoJob } from '../../application/job.js';
import { toRenderView } from '#shared/render-view.js';
import { readEnvCount } from '../config/environment.js';
import type { Database } from '../storage/sqlite-types.js';
import { OutboxJobRepository, type OutboxJobRepositoryOptions } from './outbox-job-repository.js';
import { SqliteWebhookOutbox } from './sqlite-webhook-outbox.js';
import { WebhookDeliveryWorker } from './webhook-delivery-worker.js';
import { webhookTargetsOf, type WebhookTarget } from './webhook-targets.js';

export { SqliteWebhookOutbox, type WebhookDelivery } from './sqlite-webhook-outbox.js';
export { signWebhookBody } from './webhook-signature.js';
export { WebhookDeliveryWorker } from './webhook-delivery-worker.js';

/** Environment variable for the first retry delay in milliseconds (default 5000). */
export const WEBHOOK_RETRY_BASE_ENV = 'REELFORGE_WEBHOOK_RETRY_BASE_MS';

/** How long a stopping process lets deliveries in flight finish. */
const STOP_GRACE_MS = 3_000;

export interface Webhooks {
  readonly outbox: SqliteWebhookOutbox;
  /** The webhooks config.json lists now. */
  readonly targets: () => readonly WebhookTarget[];
  /** The job repository that writes deliveries with each state change. */
  wrap(jobs: JobRepository, onStatusChange?: OutboxJobRepositoryOptions['onStatusChange']): JobRepository;
  /** The job's upload was tried: its waiting `render.completed` deliveries go out, with the result. */
  afterUploadAttempt(job: VideoJob | undefined): void;
  /** Starts sending (long-lived processes: `reelforge serve`, the desktop app). */
  startDelivery(): void;
  stop(): Promise<void>;
}

/** The outbox on this database, the configured webhooks and (when started) the delivery worker. */
export function createWebhooks(options: {
  database: Database;
  config: ConfigManager;
  env: NodeJS.ProcessEnv;
}): Webhooks {
  const outbox = new SqliteWebhookOutbox(options.database);
  const targets = webhookTargetsOf(options.config);
  const baseDelayMs = readEnvCount(options.env, WEBHOOK_RETRY_BASE_ENV);
  let worker: WebhookDeliveryWorker | undefined;
  return {
    outbox,
    targets,
    wrap: (jobs, onStatusChange) =>
      new OutboxJobRepository(jobs, {
        database: options.database,
        outbox,
        targets,
        onQueued: () => worker?.wake(),
        onStatusChange,
      }),
    afterUploadAttempt(job) {
      if (!job) return;
      outbox.refreshUnsentCompletions(job.id, toRenderView(job));
      worker?.wake();
    },
    startDelivery() {
      worker ??= new WebhookDeliveryWorker({ outbox, targets, baseDelayMs });
      worker.start();
    },
    async stop() {
      await worker?.stop(STOP_GRACE_MS);
    },
  };
}
