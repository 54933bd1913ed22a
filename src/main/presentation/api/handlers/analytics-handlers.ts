import { ReelforgeError } from '#core/errors.js';
import { variantReport } from '../../../application/analytics/variant-report.js';
import { ApiCallError, type ApiHandlers } from '#shared/api-contract.js';
import type { ApiHandlerDeps } from '../create-api-handlers.js';

/** The A/B report, read from the local database; nothing here reaches the network. */
export function analyticsHandlers({ analytics }: ApiHandlerDeps): Pick<ApiHandlers, 'analytics.report'> {
  return {
    'analytics.report': async ({ group }) => {
      try {
        return variantReport(analytics, group);
      } catch (error) {
        // An unknown or ambiguous group id is the page's mistake, not a failure of main.
        if (error instanceof ReelforgeError) throw new ApiCallError('not-found', error.message);
        throw error;
      }
    },
  };
}
