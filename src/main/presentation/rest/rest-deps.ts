import type { VideoGenerationService } from '../../application/video-generation-service.js';
import type { RestFarm } from './farm-deps.js';
import type { IdempotentRenders } from './idempotency.js';

/** What the REST routes need from the rest of the process. */
export interface RestDeps {
  readonly service: VideoGenerationService;
  readonly idempotency: IdempotentRenders;
  readonly version: string;
  /** Queued jobs beyond which `POST /v1/renders` answers 429. */
  readonly maxQueued: number;
  /** The render farm this server dispatches to (`queue.redis_url`); absent: jobs render here. */
  readonly farm?: RestFarm;
}
