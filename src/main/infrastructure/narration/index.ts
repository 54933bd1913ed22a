import { join } from 'node:path';
import type { ConfigManager, ProviderSettings } from '#core/config.js';
import type { VoiceProvider } from '../../application/narration/voice-provider.js';
import { VoiceRegistry } from '../../application/narration/voice-registry.js';
import { ElevenLabsVoiceProvider } from './elevenlabs/elevenlabs-voice-provider.js';
import { OpenAiVoiceProvider } from './openai/openai-voice-provider.js';
import { EspeakVoiceProvider } from './espeak/espeak-voice-provider.js';
import { PiperVoiceProvider } from './piper/piper-voice-provider.js';
import { CachingVoiceProvider } from './voice-cache.js';

export { FsCaptionFileWriter } from './caption-file-writer.js';
export { FfmpegRecordingAligner } from './recording-aligner.js';

/** The folder synthesized audio is cached in. */
export function voiceCacheDir(config: ConfigManager): string {
  return join(config.dataDir, 'cache', 'voices');
}

/** The built-in voice providers, each behind the shared audio cache. */
export function createDefaultVoiceRegistry(
  config: ConfigManager,
  env: Readonly<Record<string, string | undefined>> = process.env,
  /** A provider's settings with its key from the secret store (cloud voices); config's otherwise. */
  settingsOf: (id: string) => () => ProviderSettings = (id) => () => config.provider(id),
): VoiceRegistry {
  const cacheDir = voiceCacheDir(config);
  const providers: VoiceProvider[] = [
    new EspeakVoiceProvider({ settings: () => config.provider('espeak-ng'), env, outputDir: cacheDir }),
    new PiperVoiceProvider({ settings: () => config.provider('piper'), outputDir: cacheDir }),
    new ElevenLabsVoiceProvider({ settings: settingsOf('elevenlabs'), outputDir: cacheDir }),
    new OpenAiVoiceProvider({ settings: settingsOf('openai'), outputDir: cacheDir }),
  ];
  const registry = new VoiceRegistry();
  for (const provider of providers) registry.register(new CachingVoiceProvider(provider, cacheDir));
  return registry;
}
