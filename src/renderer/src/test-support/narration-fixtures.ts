import type { NarrationSettingsView } from '#shared/narration-api-types.js';

/** Narration settings as a fresh install with espeak-ng and no keys would show them. */
export const NARRATION: NarrationSettingsView = {
  defaultVoice: 'off',
  rate: 1,
  canChooseFiles: false,
  piper: {},
  providers: [
    {
      id: 'espeak-ng',
      name: 'eSpeak NG (local)',
      available: true,
      version: '1.51',
      defaultVoice: 'en-us',
      voices: ['en-us', 'en-gb', 'de'],
      wordTimings: true,
      online: false,
      readsApiKey: false,
      hasApiKey: false,
    },
    {
      id: 'piper',
      name: 'Piper (local neural voice)',
      available: false,
      reason: 'not configured: set providers.piper.binary_path to the piper program',
      defaultVoice: 'default',
      voices: ['default'],
      wordTimings: true,
      online: false,
      readsApiKey: false,
      hasApiKey: false,
    },
    {
      id: 'elevenlabs',
      name: 'ElevenLabs (cloud)',
      available: false,
      reason: 'no API key: set VIDEO_PROVIDER_ELEVENLABS_API_KEY or providers.elevenlabs.api_key',
      defaultVoice: '21m00Tcm4TlvDq8ikWAM',
      voices: ['21m00Tcm4TlvDq8ikWAM'],
      wordTimings: true,
      online: true,
      readsApiKey: true,
      hasApiKey: false,
    },
  ],
};
