import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProviderSettings } from '#core/config.js';
import { OpenAiVoiceProvider } from '../../src/main/infrastructure/narration/openai/openai-voice-provider.js';
import { readWav } from '../../src/main/infrastructure/narration/wav.js';
import { fakeWordStarts, startOpenAiSpeechFake } from '../fakes/openai-speech-fake.js';
import { cloudVoiceSettings, synthesisAt, useCloudVoiceFake } from './cloud-voice-kit.js';

const KEY = 'sk-fake-openai-0123456789';
const voice = useCloudVoiceFake(() => startOpenAiSpeechFake({ key: KEY }));

function provider(settings: Partial<ProviderSettings> = {}) {
  const full = cloudVoiceSettings(KEY, `${voice.fake.url}/v1`, settings);
  return new OpenAiVoiceProvider({ settings: () => full, outputDir: voice.outputDir });
}

describe('OpenAI voice provider (official SDK against a loopback fake)', () => {
  it('is unavailable until it has a key', async () => {
    expect((await provider({ apiKey: undefined }).isAvailable()).reason).toBe(
      'no API key: set VIDEO_PROVIDER_OPENAI_API_KEY or providers.openai.api_key',
    );
    expect(await provider().isAvailable()).toEqual({ available: true });
  });

  it('asks for raw PCM and places the words with the aligner, within 150 ms of where they are', async () => {
    const text = 'Open a window and breathe slowly';
    const result = await provider().synthesize(text, 'nova', synthesisAt(1.1));
    expect(voice.fake.requests.at(-1)!.body).toEqual({
      model: 'gpt-4o-mini-tts',
      voice: 'nova',
      input: text,
      response_format: 'pcm',
      speed: 1.1,
    });
    const truth = fakeWordStarts(text);
    expect(result.words.map((w) => w.text)).toEqual(text.split(' '));
    result.words.forEach((word, i) => expect(Math.abs(word.startSeconds - truth[i]!)).toBeLessThan(0.15));
    const audio = readWav(readFileSync(result.audioPath), result.audioPath);
    expect(audio.sampleRate).toBe(24_000);
    expect(result.durationSeconds).toBeCloseTo(audio.samples.length / 24_000, 5);
  });

  it('says a wrong key was refused without repeating any of it', async () => {
    const wrong = 'sk-wrong-key-987654321';
    const failure = await provider({ apiKey: wrong })
      .synthesize('Hello', 'nova', synthesisAt())
      .catch((error: Error) => error);
    expect(String(failure)).toContain(
      'OpenAI could not speak with voice "nova": HTTP 401: the API key was refused',
    );
    expect(`${String(failure)} ${(failure as Error).stack}`).not.toMatch(/sk-wro|4321/);
  });
});
