import type { VoiceProviderView } from '#core/narration/voice-provider-view.js';
import { isCloudVoice } from './voice-provider.js';
import type { VoiceRegistry } from './voice-registry.js';

/** One voice provider as the Settings view lists it (the page gets the same shape). */
export type VoiceProviderDescription = VoiceProviderView;

/**
 * Every voice provider with its availability, reason and voices, for the Settings view. `hasKey`
 * says whether a key is stored or configured for a provider; the key itself never leaves main.
 */
export async function describeVoiceProviders(
  voices: VoiceRegistry,
  hasKey: (providerId: string) => boolean,
): Promise<VoiceProviderDescription[]> {
  return Promise.all(
    voices.list().map(async (provider): Promise<VoiceProviderDescription> => {
      const availability = await provider.isAvailable();
      // A provider that cannot list its voices (or fails to) still offers its default one.
      const listed = await provider.listVoices?.().catch(() => []);
      const readsApiKey = isCloudVoice(provider);
      return {
        id: provider.id,
        name: provider.name,
        available: availability.available,
        ...(availability.reason !== undefined ? { reason: availability.reason } : {}),
        ...(availability.version !== undefined ? { version: availability.version } : {}),
        defaultVoice: provider.defaultVoice,
        voices: [...new Set([provider.defaultVoice, ...(listed ?? [])])],
        wordTimings: provider.capabilities.wordTimings,
        online: readsApiKey,
        readsApiKey,
        hasApiKey: readsApiKey && hasKey(provider.id),
      };
    }),
  );
}
