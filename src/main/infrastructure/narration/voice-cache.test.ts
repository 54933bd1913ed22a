import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  SynthesizeOptions,
  VoiceProvider,
  VoiceSynthesis,
} from '../../application/narration/voice-provider.js';
import { CachingVoiceProvider, voiceCacheKey } from './voice-cache.js';

/** A voice that writes one file per call and counts the calls. */
class CountingVoice implements VoiceProvider {
  readonly id = 'counting';
  readonly name = 'Counting';
  readonly capabilities = { languages: ['en'], wordTimings: true };
  readonly defaultVoice = 'plain';
  readonly settingsFields = [];
  calls: string[] = [];
  constructor(private readonly dir: string) {}
  async isAvailable() {
    return { available: true };
  }
  async synthesize(text: string, voice: string, options: SynthesizeOptions): Promise<VoiceSynthesis> {
    this.calls.push(`${voice}@${options.rate}:${text}`);
    const audioPath = join(this.dir, `made-${this.calls.length}.wav`);
    writeFileSync(audioPath, `audio of ${text}`);
    return { audioPath, durationSeconds: 1.5, words: [{ text, startSeconds: 0.1, endSeconds: 1.4 }] };
  }
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'voice-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const options = (rate = 1): SynthesizeOptions => ({ signal: new AbortController().signal, rate });

describe('CachingVoiceProvider', () => {
  it('synthesizes each (voice, rate, text) once and answers repeats from the cache folder', async () => {
    const inner = new CountingVoice(dir);
    const cache = new CachingVoiceProvider(inner, join(dir, 'cache'));
    const first = await cache.synthesize('Hello there', 'plain', options());
    const again = await new CachingVoiceProvider(inner, join(dir, 'cache')).synthesize(
      'Hello there',
      'plain',
      options(),
    );
    expect(again).toEqual(first);
    expect(first.audioPath).toBe(
      join(dir, 'cache', `${voiceCacheKey('counting', 'plain', 1, 'Hello there')}.wav`),
    );
    expect(existsSync(first.audioPath)).toBe(true);
    await cache.synthesize('Hello there', 'plain', options(1.25));
    await cache.synthesize('Hello there', 'other', options());
    await cache.synthesize('Hello, there', 'plain', options());
    expect(inner.calls).toEqual([
      'plain@1:Hello there',
      'plain@1.25:Hello there',
      'other@1:Hello there',
      'plain@1:Hello, there',
    ]);
    // Nothing half-written is left behind.
    expect(readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('synthesizes again when an entry is unreadable or its audio is gone', async () => {
    const inner = new CountingVoice(dir);
    const cache = new CachingVoiceProvider(inner, join(dir, 'cache'));
    const made = await cache.synthesize('One', 'plain', options());
    rmSync(made.audioPath);
    await cache.synthesize('One', 'plain', options());
    const key = voiceCacheKey('counting', 'plain', 1, 'One');
    writeFileSync(join(dir, 'cache', `${key}.json`), '{"audioFile": "../../etc/passwd"}');
    await cache.synthesize('One', 'plain', options());
    expect(inner.calls).toHaveLength(3);
  });
});
