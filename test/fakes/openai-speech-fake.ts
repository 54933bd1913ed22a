import { startFakeServer, sendJson, type FakeRequest, type RunningFake } from './fake-server.js';

const SAMPLE_RATE = 24_000;
/** Sound per letter and silence between words in the fake's speech. */
export const FAKE_SECONDS_PER_LETTER = 0.06;
export const FAKE_PAUSE_SECONDS = 0.1;

export interface OpenAiSpeechFake extends RunningFake {
  readonly key: string;
  readonly requests: FakeRequest[];
}

/** Where each word of `text` starts in the fake's audio. */
export function fakeWordStarts(text: string): number[] {
  const starts: number[] = [];
  let at = FAKE_PAUSE_SECONDS;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    starts.push(at);
    at += word.length * FAKE_SECONDS_PER_LETTER + FAKE_PAUSE_SECONDS;
  }
  return starts;
}

/**
 * A loopback fake of OpenAI's `POST /v1/audio/speech` with `response_format: "pcm"`: checks the
 * bearer key (401 with OpenAI's message, which repeats part of the key), and answers 24 kHz 16-bit
 * PCM in which each word is a loud tone, 60 ms per character, with 100 ms of silence around words.
 */
export async function startOpenAiSpeechFake(options: {
  key: string;
  port?: number;
}): Promise<OpenAiSpeechFake> {
  const requests: FakeRequest[] = [];
  const server = await startFakeServer((request, response) => {
    if (request.method !== 'POST' || request.path !== '/v1/audio/speech') {
      sendJson(response, 404, {
        error: { message: `no route ${request.path}`, type: 'invalid_request_error' },
      });
      return;
    }
    if (request.headers.authorization !== `Bearer ${options.key}`) {
      const given = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
      sendJson(response, 401, {
        error: {
          message: `Incorrect API key provided: ${given.slice(0, 6)}*****${given.slice(-4)}.`,
          type: 'invalid_request_error',
          code: 'invalid_api_key',
        },
      });
      return;
    }
    requests.push(request);
    const text = String((request.body as { input?: unknown } | undefined)?.input ?? '');
    const words = text.split(/\s+/).filter(Boolean);
    const starts = fakeWordStarts(text);
    const total =
      (starts.at(-1) ?? 0) + (words.at(-1)?.length ?? 0) * FAKE_SECONDS_PER_LETTER + FAKE_PAUSE_SECONDS;
    const pcm = Buffer.alloc(Math.round(total * SAMPLE_RATE) * 2);
    words.forEach((word, w) => {
      const from = Math.round(starts[w]! * SAMPLE_RATE);
      const to = Math.round((starts[w]! + word.length * FAKE_SECONDS_PER_LETTER) * SAMPLE_RATE);
      for (let i = from; i < to; i += 1) pcm.writeInt16LE(i % 24 < 12 ? 9000 : -9000, i * 2);
    });
    response.writeHead(200, { 'content-type': 'audio/pcm', 'content-length': pcm.length });
    response.end(pcm);
  }, options.port);
  return { ...server, key: options.key, requests };
}
