import { CloudVoice } from '../cloud-voice.js';
import type {
  SynthesizeOptions,
  VoiceProvider,
  VoiceSynthesis,
} from '../../../application/narration/voice-provider.js';
import { alignWords } from '../energy-aligner.js';
import { durationOf } from '../wav.js';
import { splitWords } from '../word-stitching.js';

export const OPENAI_DEFAULT_VOICE = 'alloy';
/** The stock voices of OpenAI's speech endpoint (its API reference, 2026). */
export const OPENAI_VOICES = [
  'alloy',
  'ash',
  'ballad',
  'coral',
  'echo',
  'fable',
  'nova',
  'onyx',
  'sage',
  'shimmer',
  'verse',
] as const;
export const OPENAI_DEFAULT_MODEL = 'gpt-4o-mini-tts';
/** OpenAI's `pcm` output: 24 kHz, 16-bit signed little-endian, mono. */
const SAMPLE_RATE = 24_000;

/**
 * OpenAI's text-to-speech through the official SDK (`audio.speech.create`, raw PCM). It gives no
 * word timings, so the known words are placed by the offline energy aligner. Key and address are
 * handled like the cloud video providers' (`providers.openai.api_key` / `api_url`,
 * `VIDEO_PROVIDER_OPENAI_API_KEY` / `_API_URL`, or the desktop key store); the key is never put in a message.
 */
export class OpenAiVoiceProvider extends CloudVoice implements VoiceProvider {
  readonly id = 'openai';
  readonly name = 'OpenAI text-to-speech (cloud)';
  readonly capabilities = { languages: [], wordTimings: false };
  readonly defaultVoice = OPENAI_DEFAULT_VOICE;

  async listVoices(): Promise<readonly string[]> {
    return OPENAI_VOICES;
  }

  async synthesize(text: string, voice: string, options: SynthesizeOptions): Promise<VoiceSynthesis> {
    const settings = this.settingsWithKey('OpenAI');
    const model = settings.options['model'];
    // Loaded here, not at start, so commands that never use an OpenAI voice do not pay its import.
    const { default: OpenAI, APIError } = await import('openai');
    const client = new OpenAI({
      apiKey: settings.apiKey,
      ...(settings.apiUrl ? { baseURL: settings.apiUrl } : {}),
      maxRetries: 2,
      timeout: 120_000,
    });
    let bytes: Buffer;
    try {
      const response = await client.audio.speech.create(
        {
          model: typeof model === 'string' && model ? model : OPENAI_DEFAULT_MODEL,
          voice,
          input: text,
          response_format: 'pcm',
          speed: Math.min(4, Math.max(0.25, options.rate)),
        },
        { signal: options.signal },
      );
      bytes = Buffer.from(await response.arrayBuffer());
    } catch (error) {
      if (options.signal.aborted) throw options.signal.reason;
      const reason = describeFailure(error instanceof APIError ? error : undefined, error, settings.apiKey);
      throw new Error(`OpenAI could not speak with voice "${voice}": ${reason}`, { cause: error });
    }
    if (bytes.length < 2) throw new Error('OpenAI returned no audio');
    const { audioPath, audio } = await this.savePcm(bytes, SAMPLE_RATE);
    return { audioPath, durationSeconds: durationOf(audio), words: alignWords(audio, splitWords(text)) };
  }
}

/**
 * The status and OpenAI's message. A refused key is only named as refused: OpenAI's own message
 * repeats part of the key.
 */
function describeFailure(
  apiError: { readonly status?: number; readonly message: string } | undefined,
  error: unknown,
  apiKey: string,
): string {
  if (apiError) {
    if (apiError.status === 401) return 'HTTP 401: the API key was refused';
    return `HTTP ${apiError.status ?? '?'}: ${apiError.message.split(apiKey).join('…')}`;
  }
  return (error instanceof Error ? error.message : String(error)).split(apiKey).join('…');
}
