import type { ConfigManager } from '#core/config.js';
import { NoSuitableProviderError } from '#core/errors.js';
import type { VideoProvider } from '#core/provider.js';
import type { ProviderRegistry } from '#core/registry.js';
import type { VideoJob } from '../job.js';
import { generationRequestFor } from './job-options.js';

export interface ProviderChoiceDeps {
  readonly config: ConfigManager;
  readonly registry: ProviderRegistry;
  /** True when the provider may start one more render now. */
  readonly hasCapacity: (providerId: string) => boolean;
}

/**
 * The provider a queued job should run on now: the one resuming its remote render, the one the
 * job names, or the registry's best for `auto` (skipping those already tried). Undefined when
 * the right provider is busy: the job waits its turn. Throws `NoSuitableProviderError` when no
 * provider can ever take it.
 */
export async function chooseProvider(
  job: VideoJob,
  deps: ProviderChoiceDeps,
): Promise<VideoProvider | undefined> {
  const { config, registry, hasCapacity } = deps;
  if (job.checkpoint && job.providerId) {
    // Resuming a remote render: only the provider that started it can pick it up.
    const provider = registry.get(job.providerId);
    if (!provider) throw new NoSuitableProviderError(`provider "${job.providerId}" is no longer registered`);
    return hasCapacity(provider.id) ? provider : undefined;
  }
  if (job.options.provider !== 'auto') {
    const provider = registry.get(job.options.provider);
    if (!provider) {
      const known = registry.list().map((p) => p.id);
      throw new NoSuitableProviderError(
        `unknown provider "${job.options.provider}" (known: ${known.join(', ')})`,
      );
    }
    if (!config.provider(provider.id).enabled) {
      throw new NoSuitableProviderError(`provider "${provider.id}" is disabled in settings`);
    }
    return hasCapacity(provider.id) ? provider : undefined;
  }
  const preferred = config.get().global.defaultProvider;
  const selection = await registry.select({
    quality: job.options.quality,
    requiredCapabilities: [],
    preferredProviderId: preferred === 'auto' ? undefined : preferred,
    exclude: job.fallbackTrail.map((a) => a.providerId),
    request: generationRequestFor(job),
  });
  if (selection.ranked.length === 0) {
    const last = job.fallbackTrail.at(-1);
    const message = last
      ? `${last.error}; no other provider could take over`
      : 'no render provider is available for this job';
    throw new NoSuitableProviderError(message, selection.excluded);
  }
  return selection.ranked.find((r) => hasCapacity(r.provider.id))?.provider;
}
