import type { FarmCoordinator } from '../../application/farm/farm-coordinator.js';
import type { FarmStatus } from '../../infrastructure/queue/farm-dispatcher.js';

/** The render farm as the REST routes see it; absent when the server renders in-process. */
export interface RestFarm {
  readonly coordinator: FarmCoordinator;
  readonly redisUrl: string;
  readonly queueName: string;
  status(): FarmStatus;
}
