import type { ProviderAvailability } from '#core/provider.js';
import type { TimedWord } from '#core/narration/timed-words.js';

/** What a voice provider can do, for the providers list and for choosing a voice. */
export interface VoiceCapabilities {
  /** Language tags it speaks, e.g. ["en", "de"]; empty when it does not say. */
  readonly languages: readonly string[];
  /** Whether `synthesize` returns word timings (otherwise they must be aligned afterwards). */
  readonly wordTimings: boolean;
}

export interface SynthesizeOptions {
  readonly signal: AbortSignal;
  /** Speaking rate, 1 = the voice's normal pace. */
  readonly rate: number;
}

/** One synthesized utterance: an audio file and when each word is spoken in it. */
export interface VoiceSynthesis {
  readonly audioPath: string;
  readonly durationSeconds: number;
  readonly words: readonly TimedWord[];
}

/**
 * A text-to-speech engine (espeak-ng, piper, a cloud voice). Registered in a `VoiceRegistry`;
 * chosen per script (`"voice": "<id>[:<voice>]"`), per render (`--voice`) or in the settings.
 */
export interface VoiceProvider {
  readonly id: string;
  readonly name: string;
  readonly capabilities: VoiceCapabilities;
  /** Used when the choice names no voice. */
  readonly defaultVoice: string;
  /** Config fields (`providers.<id>.*`) it reads, for the Settings view. */
  readonly settingsFields: readonly string[];
  isAvailable(): Promise<ProviderAvailability>;
  /**
   * The voices it can speak with, for the Settings view's choice (espeak-ng's languages, the piper
   * models beside the configured one, a cloud service's stock voices). Without it, or when it
   * finds none, the default voice is the only one offered.
   */
  listVoices?(): Promise<readonly string[]>;
  /**
   * Speaks `text` with `voice` into an audio file the caller may keep (it is not deleted by the
   * provider). Rejects with the signal's reason when aborted.
   */
  synthesize(text: string, voice: string, options: SynthesizeOptions): Promise<VoiceSynthesis>;
}

/**
 * A cloud voice: one that takes a key. It sends the text over the network and each request may be
 * billed, so nothing but a render asks it (no preview, no voice listing check).
 */
export function isCloudVoice(provider: Pick<VoiceProvider, 'settingsFields'>): boolean {
  return provider.settingsFields.includes('apiKey');
}
