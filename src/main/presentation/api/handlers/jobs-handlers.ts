import { describeError } from '#core/errors.js';
import { ApiCallError, type ApiHandlers } from '#shared/api-contract.js';
import type { EnqueueResult } from '#shared/api-types.js';
import type { ApiHandlerDeps } from '../create-api-handlers.js';
import { jobOrNotFound } from './job-or-not-found.js';

type JobCalls =
  'jobs.enqueue' | 'jobs.list' | 'jobs.get' | 'jobs.cancel' | 'jobs.retry' | 'jobs.delete' | 'jobs.reveal';

/**
 * The queue and history. `jobs.enqueue` (the Render button) queues each library script with
 * `VideoGenerationService.enqueueAll` (one job per A/B variant); the scheduler then starts each on a provider.
 */
export function jobsHandlers({ service, library, platform }: ApiHandlerDeps): Pick<ApiHandlers, JobCalls> {
  const job = (id: string) => jobOrNotFound(service, id);
  return {
    'jobs.enqueue': async ({ libraryIds, provider, quality, aspectRatio, platform, template }) => {
      const result: {
        jobs: EnqueueResult['jobs'][number][];
        rejected: { libraryId: string; message: string }[];
      } = {
        jobs: [],
        rejected: [],
      };
      for (const libraryId of libraryIds) {
        const source = library.source(libraryId);
        if (!source) {
          result.rejected.push({ libraryId, message: `no script with id ${libraryId} in the library` });
          continue;
        }
        try {
          // A script with A/B variants queues one job per variant.
          result.jobs.push(
            ...(await service.enqueueAll(
              { kind: 'text', ...source },
              { provider, quality, aspectRatio, platform, template },
            )),
          );
        } catch (error) {
          result.rejected.push({ libraryId, message: describeError(error) });
        }
      }
      return result;
    },
    'jobs.list': async ({ filter }) => service.listJobs(filter),
    'jobs.get': async ({ id }) => job(id),
    'jobs.cancel': async ({ id }) => service.cancel(job(id).id),
    'jobs.retry': async ({ id }) => service.retry(job(id).id),
    'jobs.delete': async ({ id, deleteFiles }) => {
      await service.deleteJob(job(id).id, { deleteFiles });
      return { deleted: true };
    },
    'jobs.reveal': async ({ id }) => {
      const output = job(id).result?.outputPath;
      if (!output) throw new ApiCallError('not-found', `job ${id} has no output file`);
      if (!platform.revealFile) return { revealed: false };
      platform.revealFile(output);
      return { revealed: true };
    },
  };
}
