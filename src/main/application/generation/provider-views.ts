import type { ConfigManager } from '#core/config.js';
import { describeError } from '#core/errors.js';
import type { ProviderRegistry } from '#core/registry.js';
import type { JobRepository, ProviderMetricsRepository } from '../job.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { CostQuote, ProviderStatus, ServiceMetrics } from '#core/service-views.js';

/** Every provider as the Providers view and `reelforge providers` show it. */
export function readProviderStatuses(
  registry: ProviderRegistry,
  config: ConfigManager,
  runningOn: (providerId: string) => number,
): Promise<ProviderStatus[]> {
  return Promise.all(
    registry.list().map(async (provider) => {
      const settings = config.provider(provider.id);
      const availability = await provider.isAvailable().catch((error: unknown) => ({
        available: false,
        reason: describeError(error),
        version: undefined,
      }));
      return {
        id: provider.id,
        name: provider.name,
        capabilities: provider.capabilities,
        qualities: provider.supportedQualities,
        enabled: settings.enabled,
        isAvailable: settings.enabled && availability.available,
        reason: settings.enabled ? availability.reason : 'disabled in settings',
        version: availability.version,
        autoSelectable: provider.autoSelectable,
        settingsFields: provider.settingsFields ?? [],
        maxConcurrent: settings.maxConcurrent,
        runningJobs: runningOn(provider.id),
      };
    }),
  );
}

/** Track records of every provider (zeros for one never used) and job counts for the dashboard. */
export function metricsSnapshot(
  metrics: ProviderMetricsRepository,
  registry: ProviderRegistry,
  jobs: JobRepository,
): ServiceMetrics {
  const recorded = new Map(metrics.list().map((m) => [m.providerId, m]));
  for (const provider of registry.list()) {
    if (!recorded.has(provider.id)) {
      recorded.set(provider.id, {
        providerId: provider.id,
        successes: 0,
        failures: 0,
        averageSeconds: undefined,
      });
    }
  }
  const byStatus = jobs.countBy('status');
  return {
    providers: [...recorded.values()].sort((a, b) => a.providerId.localeCompare(b.providerId)),
    totals: { jobs: Object.values(byStatus).reduce((a, b) => a + b, 0), byStatus },
    byProvider: jobs.countBy('providerId'),
    byChannel: jobs.countBy('channel'),
    byQuality: jobs.countBy('quality'),
  };
}

/** Each provider's estimate for one request, beside whether it could render it now. */
export function quoteCosts(
  request: VideoGenerationRequest,
  registry: ProviderRegistry,
  statuses: readonly ProviderStatus[],
): CostQuote[] {
  return statuses.map((status) => ({
    providerId: status.id,
    available: status.isAvailable,
    ...(status.reason ? { reason: status.reason } : {}),
    estimate: registry.get(status.id)!.estimateCost(request),
  }));
}
