import type { ConfigManager } from '#core/config.js';
import type { VideoStatus } from '#core/video-status.js';
import type { JobRepository, VideoJob } from '../../application/job.js';
import { readEnvCount } from '../config/environment.js';
import type { Database } from '../storage/sqlite-types.js';
import { SqliteS3Deliveries } from './sqlite-s3-deliveries.js';
import { S3DeliveryWorker } from './s3-delivery-worker.js';
import { s3SettingsOf } from './s3-settings.js';

export { S3_ACCESS_KEY_ENV, S3_SECRET_KEY_ENV } from './s3-settings.js';
export type { DeliveryDetails } from './s3-delivery-worker.js';

/** Environment variable for the first upload retry delay in milliseconds (default 10000). */
export const DELIVERY_RETRY_BASE_ENV = 'REELFORGE_DELIVERY_RETRY_BASE_MS';

export interface S3Delivery {
  readonly deliveries: SqliteS3Deliveries;
  /** Inside the transaction of a job's status change: queues the upload when it completed. */
  onStatusChange(previous: VideoStatus | undefined, job: VideoJob): void;
  /** The worker needs the job repository it updates (the wrapped one). */
  startDelivery(jobs: JobRepository, onAttempted?: (jobId: string) => void): void;
  /** Waits until every upload due now has been tried once (a CLI render before it prints). */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

/** Upload of completed renders to S3-compatible storage, when `delivery.s3` is configured. */
export function createS3Delivery(options: {
  database: Database;
  config: ConfigManager;
  env: NodeJS.ProcessEnv;
}): S3Delivery {
  const deliveries = new SqliteS3Deliveries(options.database);
  const settings = s3SettingsOf(options.config, options.env);
  const baseDelayMs = readEnvCount(options.env, DELIVERY_RETRY_BASE_ENV);
  let worker: S3DeliveryWorker | undefined;
  let queued = false;
  return {
    deliveries,
    onStatusChange(previous, job) {
      if (job.status !== 'completed' || previous === 'completed' || !job.result) return;
      // Configured but unusable (no keys): queue it anyway, so the job shows why it is not delivered.
      let configured: boolean;
      try {
        configured = settings() !== undefined;
      } catch {
        configured = true;
      }
      if (!configured) return;
      deliveries.add(job.id, new Date().toISOString());
      queued = true;
      // The worker looks once the transaction has committed.
      queueMicrotask(() => {
        if (queued) worker?.wake();
        queued = false;
      });
    },
    startDelivery(jobs, onAttempted) {
      worker ??= new S3DeliveryWorker({ deliveries, jobs, settings, baseDelayMs, onAttempted });
      worker.wake();
    },
    async settle() {
      await worker?.settle();
    },
    async stop() {
      await worker?.stop();
    },
  };
}
