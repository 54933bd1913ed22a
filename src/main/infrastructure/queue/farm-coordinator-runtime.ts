import { statSync } from 'node:fs';
import { FarmCoordinator } from '../../application/farm/farm-coordinator.js';
import type { VideoGenerationService } from '../../application/video-generation-service.js';
import { SqliteCancelRequestRepository } from '../storage/sqlite-cancel-request-repository.js';
import { SqliteJobWorkers } from '../storage/sqlite-job-workers.js';
import type { Database } from '../storage/sqlite-types.js';
import { FarmInputs } from './farm-inputs.js';
import { FarmDispatcher, type FarmStatus } from './farm-dispatcher.js';
import { RENDER_FARM_QUEUE_NAME, redisConnectionFromUrl } from './render-farm-queue.js';

export interface FarmCoordinatorRuntime {
  readonly coordinator: FarmCoordinator;
  readonly redisUrl: string;
  readonly queueName: string;
  status(): FarmStatus;
  close(): Promise<void>;
}

/**
 * The coordinator's farm: the service keeps its jobs in SQLite (it must not be started, so it
 * renders nothing itself), the dispatcher feeds BullMQ from SQLite, workers report through the
 * coordinator's REST routes.
 */
export function startFarmCoordinator(options: {
  readonly service: VideoGenerationService;
  readonly database: Database;
  readonly redisUrl: string;
  readonly queueName?: string;
}): FarmCoordinatorRuntime {
  redisConnectionFromUrl(options.redisUrl); // a bad URL fails here, naming the setting
  const { service } = options;
  const workerColumn = new SqliteJobWorkers(options.database);
  const inputs = new FarmInputs();
  const coordinator = new FarmCoordinator({
    jobs: service,
    workerColumn,
    inputsOf: (job) => inputs.of(job),
    sizeOf: (path) => {
      try {
        const stats = statSync(path);
        return stats.isFile() ? stats.size : undefined;
      } catch {
        return undefined;
      }
    },
  });
  const queueName = options.queueName ?? RENDER_FARM_QUEUE_NAME;
  const dispatcher = new FarmDispatcher({
    redisUrl: options.redisUrl,
    queueName,
    queuedJobs: () => service.listJobs({ status: ['queued'], order: 'oldest' }),
    runningJobs: () => service.listJobs({ status: ['running'] }),
    cancelRequests: new SqliteCancelRequestRepository(options.database),
    jobsOnLiveWorkers: () =>
      new Set(
        coordinator.workers
          .list()
          .filter((worker) => !worker.stale)
          .flatMap((worker) => worker.runningJobs),
      ),
    requeue: (jobId) => {
      workerColumn.set(jobId, undefined);
      service.recordFarmUpdate(jobId, {
        status: 'queued',
        progress: 0,
        stage: 'queued again: its worker went away',
        clear: ['startedAt', 'providerId'],
      });
    },
  });
  dispatcher.start();
  return {
    coordinator,
    redisUrl: options.redisUrl,
    queueName,
    status: () => dispatcher.status,
    close: () => dispatcher.close(),
  };
}
