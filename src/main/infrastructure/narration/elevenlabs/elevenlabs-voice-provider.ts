import { CloudVoice } from '../cloud-voice.js';
import type {
  SynthesizeOptions,
  VoiceProvider,
  VoiceSynthesis,
} from '../../../application/narration/voice-provider.js';
import { durationOf } from '../wav.js';
import { wordsFromCharacters } from './character-alignment.js';

/** "Rachel", one of ElevenLabs' default voices. */
export const ELEVENLABS_DEFAULT_VOICE = '21m00Tcm4TlvDq8ikWAM';
export const ELEVENLABS_DEFAULT_MODEL = 'eleven_multilingual_v2';
const SAMPLE_RATE = 22_050;

/**
 * ElevenLabs cloud voices through the official SDK, with the with-timestamps endpoint for word
 * timings (character times, grouped into words). The key is handled like the cloud video
 * providers' (`providers.elevenlabs.api_key`, `VIDEO_PROVIDER_ELEVENLABS_API_KEY`, or the desktop key store) and
 * never put in a message; `providers.elevenlabs.api_url` points it elsewhere (the loopback fake).
 */
export class ElevenLabsVoiceProvider extends CloudVoice implements VoiceProvider {
  readonly id = 'elevenlabs';
  readonly name = 'ElevenLabs (cloud)';
  readonly capabilities = { languages: [], wordTimings: true };
  readonly defaultVoice = ELEVENLABS_DEFAULT_VOICE;

  async synthesize(text: string, voice: string, options: SynthesizeOptions): Promise<VoiceSynthesis> {
    const settings = this.settingsWithKey('ElevenLabs');
    const model = settings.options['model'];
    // Loaded here, not at start: the SDK takes about a second to import, which every CLI command
    // and every render would otherwise pay, narrated by ElevenLabs or not.
    const { ElevenLabsClient, ElevenLabsError } = await import('@elevenlabs/elevenlabs-js');
    const client = new ElevenLabsClient({
      apiKey: settings.apiKey,
      ...(settings.apiUrl ? { baseUrl: settings.apiUrl } : {}),
      maxRetries: 2,
      timeoutInSeconds: 120,
    });
    let response;
    try {
      response = await client.textToSpeech.convertWithTimestamps(
        voice,
        {
          text,
          modelId: typeof model === 'string' && model ? model : ELEVENLABS_DEFAULT_MODEL,
          outputFormat: `pcm_${SAMPLE_RATE}`,
          // ElevenLabs accepts speeds from 0.7 to 1.2.
          voiceSettings: { speed: Math.min(1.2, Math.max(0.7, options.rate)) },
        },
        { abortSignal: options.signal },
      );
    } catch (error) {
      if (options.signal.aborted) throw options.signal.reason;
      const reason = describeFailure(error instanceof ElevenLabsError ? error : undefined, error);
      throw new Error(`ElevenLabs could not speak with voice "${voice}": ${reason}`, {
        cause: error,
      });
    }
    if (!response.alignment) throw new Error('ElevenLabs returned no character timings');
    const { audioPath, audio } = await this.savePcm(Buffer.from(response.audioBase64, 'base64'), SAMPLE_RATE);
    return { audioPath, durationSeconds: durationOf(audio), words: wordsFromCharacters(response.alignment) };
  }
}

/** The status and ElevenLabs' own message, never the request (it carries the key). */
function describeFailure(
  sdkError: { readonly statusCode?: number; readonly body?: unknown } | undefined,
  error: unknown,
): string {
  if (sdkError) {
    const body = sdkError.body as { detail?: { message?: unknown } | string } | undefined;
    const detail =
      typeof body?.detail === 'string'
        ? body.detail
        : typeof body?.detail?.message === 'string'
          ? body.detail.message
          : undefined;
    return `HTTP ${sdkError.statusCode ?? '?'}${detail ? `: ${detail}` : ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}
