import { startFakeServer, sendJson, type FakeRequest, type RunningFake } from './fake-server.js';

/** Seconds of sound per character (a space is a pause of the same length), as the fake speaks. */
export const FAKE_SECONDS_PER_CHARACTER = 0.05;
const SAMPLE_RATE = 22_050;

export interface ElevenLabsFake extends RunningFake {
  readonly key: string;
  /** Every text-to-speech request, as received. */
  readonly requests: FakeRequest[];
}

/**
 * A loopback fake of ElevenLabs' `POST /v1/text-to-speech/{voice}/with-timestamps`: checks the
 * `xi-api-key` header like the API (401 with its message otherwise), and answers with 16-bit PCM
 * in which every non-space character is 50 ms of a loud square wave and every space 50 ms of
 * silence, with character times that match the audio exactly. Voice "missing" answers 404.
 */
export async function startElevenLabsFake(options: { key: string; port?: number }): Promise<ElevenLabsFake> {
  const requests: FakeRequest[] = [];
  const server = await startFakeServer((request, response) => {
    const match = /^\/v1\/text-to-speech\/([^/]+)\/with-timestamps$/.exec(request.path);
    if (request.method !== 'POST' || !match) {
      sendJson(response, 404, { detail: { status: 'not_found', message: `no route ${request.path}` } });
      return;
    }
    if (request.headers['xi-api-key'] !== options.key) {
      sendJson(response, 401, { detail: { status: 'invalid_api_key', message: 'Invalid API key' } });
      return;
    }
    requests.push(request);
    if (match[1] === 'missing') {
      sendJson(response, 404, {
        detail: { status: 'voice_not_found', message: 'A voice with that ID was not found.' },
      });
      return;
    }
    const text = String((request.body as { text?: unknown } | undefined)?.text ?? '');
    const characters = [...text];
    const perCharacter = Math.round(FAKE_SECONDS_PER_CHARACTER * SAMPLE_RATE);
    const pcm = Buffer.alloc(characters.length * perCharacter * 2);
    characters.forEach((character, c) => {
      if (character === ' ') return;
      for (let i = 0; i < perCharacter; i += 1)
        pcm.writeInt16LE(i % 20 < 10 ? 8000 : -8000, (c * perCharacter + i) * 2);
    });
    const seconds = (c: number) => (c * perCharacter) / SAMPLE_RATE;
    sendJson(response, 200, {
      audio_base64: pcm.toString('base64'),
      alignment: {
        characters,
        character_start_times_seconds: characters.map((_, c) => seconds(c)),
        character_end_times_seconds: characters.map((_, c) => seconds(c + 1)),
      },
    });
  }, options.port);
  return { ...server, key: options.key, requests };
}
