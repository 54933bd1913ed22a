import { healthSchema, providerListSchema } from '#shared/rest-contract.js';
import type { RestDeps } from '../rest-deps.js';
import type { RestRoute } from '../rest-route.js';

/** Providers and health; the OpenAPI route is added by the server, which knows every route. */
export function metaRoutes(deps: RestDeps): RestRoute[] {
  return [
    {
      method: 'GET',
      path: '/v1/providers',
      operationId: 'listProviders',
      summary: 'Render providers with availability (and why not), qualities and load',
      responses: { 200: { description: 'Every provider', schema: providerListSchema } },
      async handle() {
        const statuses = await deps.service.listProviderStatuses();
        return {
          status: 200,
          body: {
            providers: statuses.map((p) => ({
              id: p.id,
              name: p.name,
              enabled: p.enabled,
              isAvailable: p.isAvailable,
              ...(p.reason !== undefined ? { reason: p.reason } : {}),
              ...(p.version !== undefined ? { version: p.version } : {}),
              qualities: [...p.qualities],
              capabilities: [...p.capabilities],
              runningJobs: p.runningJobs,
              maxConcurrent: p.maxConcurrent,
            })),
            ...(deps.farm
              ? {
                  farm: {
                    ...deps.farm.status(),
                    liveWorkers: deps.farm.coordinator.workers.list().filter((w) => !w.stale).length,
                  },
                }
              : {}),
          },
        };
      },
    },
    {
      method: 'GET',
      path: '/v1/health',
      operationId: 'getHealth',
      summary: 'Whether the server is up, with its queue',
      responses: { 200: { description: 'Up', schema: healthSchema } },
      async handle() {
        return {
          status: 200,
          body: {
            status: 'ok',
            version: deps.version,
            queued: deps.service.listJobs({ status: ['queued'] }).length,
            running: deps.service.listJobs({ status: ['running'] }).length,
            ...(deps.farm ? { farm: deps.farm.status() } : {}),
          },
        };
      },
    },
  ];
}
