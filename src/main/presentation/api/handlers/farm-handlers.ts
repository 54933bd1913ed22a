import type { ApiHandlers } from '#shared/api-contract.js';
import type { ApiHandlerDeps } from '../create-api-handlers.js';

/**
 * The render farm as the desktop app shows it: read-only. The page cannot name a Redis host or
 * see the API token; only config.json or the environment choose them.
 */
export function farmHandlers({ farm }: ApiHandlerDeps): Pick<ApiHandlers, 'farm.status'> {
  return {
    'farm.status': async () => farm?.overview() ?? { enabled: false },
  };
}
