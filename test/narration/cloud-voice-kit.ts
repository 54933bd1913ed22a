// What the cloud voice tests (ElevenLabs, OpenAI) share: their loopback fake and output folder for
// the file's tests, the provider settings around a key and URL, and the options of one synthesis.
import { afterAll, beforeAll } from 'vitest';
import type { ProviderSettings } from '#core/config.js';
import { makeTempDir } from '../support/temp-dir.js';

export interface CloudVoiceFixture<Fake> {
  /** The running fake (only inside tests and hooks). */
  readonly fake: Fake;
  /** Where the provider writes its audio; removed after the file's tests. */
  readonly outputDir: string;
}

/** Starts the fake and a temp folder before the file's tests; closes and removes them after. */
export function useCloudVoiceFake<Fake extends { close(): Promise<void> }>(
  start: () => Promise<Fake>,
): CloudVoiceFixture<Fake> {
  let fake: Fake | undefined;
  let temp: ReturnType<typeof makeTempDir> | undefined;
  beforeAll(async () => {
    fake = await start();
    temp = makeTempDir();
  });
  afterAll(async () => {
    await fake?.close();
    temp?.cleanup();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the cloud voice fake is not running');
    return value;
  };
  return {
    get fake() {
      return started(fake);
    },
    get outputDir() {
      return started(temp).path;
    },
  };
}

/** Enabled settings with one render at a time, the key and the URL, and the test's `overrides`. */
export function cloudVoiceSettings(
  apiKey: string,
  apiUrl: string,
  overrides: Partial<ProviderSettings> = {},
): ProviderSettings {
  return { enabled: true, maxConcurrent: 1, timeoutSeconds: 60, apiKey, apiUrl, options: {}, ...overrides };
}

/** The options of one synthesis that is never aborted. */
export const synthesisAt = (rate = 1) => ({ signal: new AbortController().signal, rate });
