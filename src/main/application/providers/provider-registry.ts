import type { SelectionWeights } from '#core/config.js';
import type { VideoProvider } from '#core/provider.js';
import type { ProviderRegistry, ProviderSelection, SelectionCriteria } from '#core/registry.js';
import type { ProviderMetrics } from '../job.js';
import { rankCandidates, type ProviderCandidate } from './provider-scoring.js';

export interface ProviderRegistryOptions {
  readonly metrics: (providerId: string) => ProviderMetrics | undefined;
  readonly weights: () => SelectionWeights;
  readonly isEnabled: (providerId: string) => boolean;
}

/** Holds the providers by id and ranks them for a request with the pure scorer. */
export class DefaultProviderRegistry implements ProviderRegistry {
  readonly #providers = new Map<string, VideoProvider>();
  readonly #options: ProviderRegistryOptions;

  constructor(options: ProviderRegistryOptions) {
    this.#options = options;
  }

  register(provider: VideoProvider): void {
    if (this.#providers.has(provider.id)) throw new Error(`provider "${provider.id}" is already registered`);
    this.#providers.set(provider.id, provider);
  }

  unregister(id: string): boolean {
    return this.#providers.delete(id);
  }

  list(): readonly VideoProvider[] {
    return [...this.#providers.values()];
  }

  get(id: string): VideoProvider | undefined {
    return this.#providers.get(id);
  }

  async select(criteria: SelectionCriteria): Promise<ProviderSelection> {
    const providers = this.list();
    const candidates = await Promise.all(providers.map((p) => this.#candidate(p, criteria)));
    const outcome = rankCandidates(candidates, criteria, this.#options.weights());
    return {
      ranked: outcome.ranked.map((r) => ({
        provider: this.#providers.get(r.id)!,
        score: r.score,
        breakdown: r.breakdown,
      })),
      excluded: outcome.excluded,
    };
  }

  async #candidate(provider: VideoProvider, criteria: SelectionCriteria): Promise<ProviderCandidate> {
    const enabled = this.#options.isEnabled(provider.id);
    // Only ask providers that could be chosen: availability checks may spawn a process.
    const availability =
      enabled && provider.autoSelectable && !criteria.exclude?.includes(provider.id)
        ? await provider.isAvailable().catch((e: unknown) => ({ available: false, reason: String(e) }))
        : { available: false };
    const metrics = this.#options.metrics(provider.id);
    return {
      id: provider.id,
      capabilities: provider.capabilities,
      supportedQualities: provider.supportedQualities,
      enabled,
      available: availability.available,
      unavailableReason: 'reason' in availability ? availability.reason : undefined,
      autoSelectable: provider.autoSelectable,
      successes: metrics?.successes ?? 0,
      failures: metrics?.failures ?? 0,
      averageSeconds: metrics?.averageSeconds,
      // Scored only when available; an estimate can read disk (Runway's clip cache) or settings.
      cost: criteria.request && availability.available ? provider.estimateCost(criteria.request).amount : 0,
    };
  }
}
