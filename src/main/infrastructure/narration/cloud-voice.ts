import type { ProviderSettings } from '#core/config.js';
import type { ProviderAvailability } from '#core/provider.js';
import { saveVoiceWav } from './voice-file.js';
import type { PcmAudio } from './wav.js';

/** What a cloud voice reads: its settings (key from config, the environment or the desktop key store). */
export interface CloudVoiceDeps {
  readonly settings: () => ProviderSettings;
  readonly outputDir?: string;
}

/** A cloud voice speaks once it has a key; until then, where to set one. */
export function keyAvailability(providerId: string, settings: ProviderSettings): ProviderAvailability {
  return settings.apiKey
    ? { available: true }
    : {
        available: false,
        reason: `no API key: set VIDEO_PROVIDER_${providerId.toUpperCase()}_API_KEY or providers.${providerId}.api_key`,
      };
}

/** What the cloud voices share: their settings fields, their settings, and the key check. */
export abstract class CloudVoice {
  abstract readonly id: string;
  readonly settingsFields = ['apiKey', 'apiUrl', 'model'] as const;

  constructor(protected readonly deps: CloudVoiceDeps) {}

  async isAvailable(): Promise<ProviderAvailability> {
    return keyAvailability(this.id, this.deps.settings());
  }

  /** The settings a call is made with, read at the call; an error naming `service` without a key. */
  protected settingsWithKey(service: string): ProviderSettings & { readonly apiKey: string } {
    const settings = this.deps.settings();
    if (!settings.apiKey) throw new Error(`${service} has no API key`);
    return { ...settings, apiKey: settings.apiKey };
  }

  /**
   * The raw 16-bit little-endian mono PCM a cloud voice answered with, kept as a WAV file in the
   * output folder (see saveVoiceWav).
   */
  protected async savePcm(
    bytes: Buffer,
    sampleRate: number,
  ): Promise<{ audioPath: string; audio: PcmAudio }> {
    const samples = new Int16Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / 2)).slice();
    const audio = { sampleRate, samples };
    const { audioPath } = await saveVoiceWav(audio, this.id, this.deps.outputDir);
    return { audioPath, audio };
  }
}
