import { checkProvider } from '../../../application/provider-check.js';
import { ApiCallError, type ApiHandlers } from '#shared/api-contract.js';
import type { ApiHandlerDeps } from '../create-api-handlers.js';

/** Providers with their availability and track record, and the Test button. */
export function providersHandlers({
  service,
  registry,
}: ApiHandlerDeps): Pick<ApiHandlers, 'providers.list' | 'providers.check' | 'metrics.get'> {
  return {
    'providers.list': async () => service.listProviderStatuses(),
    'providers.check': async ({ id }) => {
      const provider = registry.get(id);
      if (!provider) throw new ApiCallError('not-found', `no provider with id ${id}`);
      return checkProvider(provider);
    },
    'metrics.get': async () => service.getMetrics(),
  };
}
