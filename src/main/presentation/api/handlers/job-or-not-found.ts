import { JobNotFoundError } from '#core/errors.js';
import type { VideoGenerationService } from '../../../application/video-generation-service.js';
import { ApiCallError } from '#shared/api-contract.js';

/** A job by id, or the API's "not-found" error (the page sees the kind, not a stack). */
export function jobOrNotFound(service: Pick<VideoGenerationService, 'getJob'>, id: string) {
  try {
    return service.getJob(id);
  } catch (error) {
    if (error instanceof JobNotFoundError) throw new ApiCallError('not-found', error.message);
    throw error;
  }
}
