import { describe, expect, it } from 'vitest';
import type { VoiceProvider } from './voice-provider.js';
import { VoiceRegistry } from './voice-registry.js';
import { describeVoiceProviders } from './voice-listing.js';

function provider(overrides: Partial<VoiceProvider> & Pick<VoiceProvider, 'id'>): VoiceProvider {
  return {
    name: overrides.id,
    capabilities: { languages: [], wordTimings: true },
    defaultVoice: 'standard',
    settingsFields: [],
    isAvailable: async () => ({ available: true }),
    synthesize: async () => {
      throw new Error('not spoken in this test');
    },
    ...overrides,
  };
}

describe('describeVoiceProviders', () => {
  it('lists each provider with availability, reason, its voices (default first) and whether a key is stored', async () => {
    const registry = new VoiceRegistry();
    registry.register(
      provider({
        id: 'local',
        listVoices: async () => ['en-gb', 'standard', 'de'],
        defaultVoice: 'standard',
      }),
    );
    registry.register(
      provider({
        id: 'cloud',
        settingsFields: ['apiKey', 'apiUrl'],
        isAvailable: async () => ({ available: false, reason: 'no API key' }),
        defaultVoice: 'alloy',
      }),
    );
    const rows = await describeVoiceProviders(registry, (id) => id === 'cloud' || id === 'local');
    expect(rows).toEqual([
      {
        id: 'local',
        name: 'local',
        available: true,
        defaultVoice: 'standard',
        voices: ['standard', 'en-gb', 'de'],
        wordTimings: true,
        online: false,
        readsApiKey: false,
        hasApiKey: false,
      },
      {
        id: 'cloud',
        name: 'cloud',
        available: false,
        reason: 'no API key',
        defaultVoice: 'alloy',
        voices: ['alloy'],
        wordTimings: true,
        online: true,
        readsApiKey: true,
        hasApiKey: true,
      },
    ]);
  });

  it('offers the default voice when listing the voices fails', async () => {
    const registry = new VoiceRegistry();
    registry.register(
      provider({
        id: 'flaky',
        listVoices: async () => {
          throw new Error('folder gone');
        },
      }),
    );
    const [row] = await describeVoiceProviders(registry, () => false);
    expect(row?.voices).toEqual(['standard']);
  });
});
