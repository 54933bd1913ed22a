import type { VideoGenerationService } from '../../application/video-generation-service.js';
import type { IdempotentRenders } from './idempotency.js';

/** What the REST routes need from the rest of the process. */
export interface RestDeps {
  readonly service: VideoGenerationService;
  readonly idempotency: IdempotentRenders;
  readonly version: string;
  /** Queued jobs beyond which `POST /v1/renders` answers 429. */
  readonly maxQueued: number;
}
