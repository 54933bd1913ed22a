import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProviderSettings } from '#core/config.js';
import type { ProviderAvailability } from '#core/provider.js';
import { encodeWav, type PcmAudio } from './wav.js';

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

  /**
   * The raw 16-bit little-endian mono PCM a cloud voice answered with, kept as a WAV file in the
   * output folder (the renderers and the voice cache read files).
   */
  protected async savePcm(
    bytes: Buffer,
    sampleRate: number,
  ): Promise<{ audioPath: string; audio: PcmAudio }> {
    const samples = new Int16Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / 2)).slice();
    const audio = { sampleRate, samples };
    const outputDir = this.deps.outputDir ?? tmpdir();
    await mkdir(outputDir, { recursive: true });
    const audioPath = join(outputDir, `${this.id}-${randomUUID()}.wav`);
    await writeFile(audioPath, encodeWav(audio));
    return { audioPath, audio };
  }
}
