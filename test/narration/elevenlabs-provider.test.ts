import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProviderSettings } from '#core/config.js';
import { ElevenLabsVoiceProvider } from '../../src/main/infrastructure/narration/elevenlabs/elevenlabs-voice-provider.js';
import { readWav } from '../../src/main/infrastructure/narration/wav.js';
import { startElevenLabsFake } from '../fakes/elevenlabs-fake.js';
import { cloudVoiceSettings, synthesisAt, useCloudVoiceFake } from './cloud-voice-kit.js';

const KEY = 'sk-fake-elevenlabs-0123456789';
const voice = useCloudVoiceFake(() => startElevenLabsFake({ key: KEY }));

function provider(settings: Partial<ProviderSettings> = {}) {
  const full = cloudVoiceSettings(KEY, voice.fake.url, settings);
  return new ElevenLabsVoiceProvider({ settings: () => full, outputDir: voice.outputDir });
}

describe('ElevenLabs voice provider (official SDK against a loopback fake)', () => {
  it('is unavailable until it has a key', async () => {
    expect(await provider({ apiKey: undefined }).isAvailable()).toEqual({
      available: false,
      reason: 'no API key: set VIDEO_PROVIDER_ELEVENLABS_API_KEY or providers.elevenlabs.api_key',
    });
    expect(await provider().isAvailable()).toEqual({ available: true });
  });

  it('asks the with-timestamps endpoint and turns character times into word times', async () => {
    const result = await provider().synthesize('Hi there you', 'voice123', synthesisAt(1.5));
    const request = voice.fake.requests.at(-1)!;
    expect(request.path).toBe('/v1/text-to-speech/voice123/with-timestamps');
    expect(request.query.get('output_format')).toBe('pcm_22050');
    expect(request.body).toMatchObject({
      text: 'Hi there you',
      model_id: 'eleven_multilingual_v2',
      voice_settings: { speed: 1.2 },
    });
    expect(result.words).toEqual([
      { text: 'Hi', startSeconds: 0, endSeconds: expect.closeTo(0.1, 3) },
      { text: 'there', startSeconds: expect.closeTo(0.15, 3), endSeconds: expect.closeTo(0.4, 3) },
      { text: 'you', startSeconds: expect.closeTo(0.45, 3), endSeconds: expect.closeTo(0.6, 3) },
    ]);
    const audio = readWav(readFileSync(result.audioPath), result.audioPath);
    expect(audio.sampleRate).toBe(22_050);
    expect(result.durationSeconds).toBeCloseTo(0.6, 2);
    // Sound where "there" starts, silence in the space before it.
    expect(Math.abs(audio.samples[Math.round(0.16 * 22_050)]!)).toBe(8000);
    expect(audio.samples[Math.round(0.12 * 22_050)]).toBe(0);
  });

  it("reports a wrong key and an unknown voice with ElevenLabs' message and never the key", async () => {
    const wrong = provider({ apiKey: 'sk-wrong-key-987654321' }).synthesize(
      'Hello',
      'voice123',
      synthesisAt(),
    );
    await expect(wrong).rejects.toThrow(
      'ElevenLabs could not speak with voice "voice123": HTTP 401: Invalid API key',
    );
    await wrong.catch((error: Error) => {
      expect(`${error.message} ${String(error.stack)}`).not.toContain('sk-wrong-key');
    });
    await expect(provider().synthesize('Hello', 'missing', synthesisAt())).rejects.toThrow(
      'HTTP 404: A voice with that ID was not found.',
    );
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped by the user'));
    await expect(
      provider().synthesize('Hello', 'voice123', { signal: controller.signal, rate: 1 }),
    ).rejects.toThrow('stopped by the user');
  });
});
