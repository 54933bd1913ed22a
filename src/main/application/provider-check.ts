import { describeError } from '#core/errors.js';
import type { VideoProvider } from '#core/provider.js';
import type { ProviderCheck } from '#core/service-views.js';

/** How long one provider's connection test may take. */
export const PROVIDER_CHECK_TIMEOUT_MS = 20_000;

/**
 * The Settings "Test" button and `reelforge providers --check`: a cloud provider makes one
 * authenticated request (ok, wrong key and unreachable told apart); a local one reports whether it
 * can run here.
 */
export async function checkProvider(
  provider: VideoProvider,
  timeoutMs = PROVIDER_CHECK_TIMEOUT_MS,
): Promise<ProviderCheck> {
  const { id } = provider;
  if (provider.checkConnection) {
    const outcome = await provider
      .checkConnection(AbortSignal.timeout(timeoutMs))
      .catch((error: unknown) => ({ ok: false, message: describeError(error) }));
    return { id, ok: outcome.ok, message: outcome.message };
  }
  const availability = await provider.isAvailable().catch((error: unknown) => ({
    available: false,
    reason: describeError(error),
    version: undefined,
  }));
  return {
    id,
    ok: availability.available,
    message: availability.available
      ? `${provider.name} is ready${availability.version ? ` (${availability.version})` : ''}`
      : (availability.reason ?? 'not available'),
    version: availability.version,
  };
}
