import type { ProviderInfo } from '#shared/api-types.js';

/** Whether a provider can render now: enabled and available. */
export function isUsable(provider: Pick<ProviderInfo, 'enabled' | 'isAvailable'>): boolean {
  return provider.enabled && provider.isAvailable;
}

/**
 * Providers as the Providers view lists them: those that can render now first, then the others;
 * within each group the order the registry gives (a stable sort), so cards never jump around.
 */
export function usableFirst<T extends Pick<ProviderInfo, 'enabled' | 'isAvailable'>>(
  providers: readonly T[],
): T[] {
  return [...providers.filter(isUsable), ...providers.filter((p) => !isUsable(p))];
}
