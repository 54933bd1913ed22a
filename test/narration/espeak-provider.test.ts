import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProviderSettings } from '#core/config.js';
import { EspeakVoiceProvider } from '../../src/main/infrastructure/narration/espeak/espeak-voice-provider.js';
import { readWav } from '../../src/main/infrastructure/narration/wav.js';
import { SPEECH_LEVEL } from '../../src/main/infrastructure/narration/word-stitching.js';
import { makeTempDir } from '../support/temp-dir.js';

const HAS_ESPEAK = existsSync('/usr/bin/espeak-ng');
const settings =
  (binaryPath?: string): (() => ProviderSettings) =>
  () => ({
    enabled: true,
    maxConcurrent: 1,
    timeoutSeconds: 60,
    options: {},
    ...(binaryPath !== undefined ? { binaryPath } : {}),
  });
const run = (rate = 1) => ({ signal: new AbortController().signal, rate });

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('espeak-ng voice provider: availability', () => {
  it('is unavailable with a reason when espeak-ng is nowhere to be found', async () => {
    const provider = new EspeakVoiceProvider({ settings: settings(), env: { PATH: temp.path } });
    expect(await provider.isAvailable()).toEqual({
      available: false,
      reason: expect.stringContaining('espeak-ng not found: install it'),
    });
    const configured = new EspeakVoiceProvider({ settings: settings(join(temp.path, 'nope')), env: {} });
    expect((await configured.isAvailable()).reason).toContain('providers.espeak-ng.binary_path');
  });

  it('is unavailable when the program it finds does not answer like espeak-ng', async () => {
    const fake = join(temp.path, 'espeak-ng');
    writeFileSync(fake, '#!/bin/sh\necho "something else"\n');
    chmodSync(fake, 0o755);
    const provider = new EspeakVoiceProvider({ settings: settings(), env: { PATH: temp.path } });
    expect((await provider.isAvailable()).reason).toContain('does not run as espeak-ng');
  });

  it.skipIf(!HAS_ESPEAK)('finds espeak-ng on the PATH and lists its languages', async () => {
    const provider = new EspeakVoiceProvider({ settings: settings(), env: { PATH: '/usr/bin' } });
    expect(await provider.isAvailable()).toEqual({
      available: true,
      version: expect.stringMatching(/^espeak-ng \d/),
    });
    expect(provider.capabilities.languages).toEqual(expect.arrayContaining(['en-us', 'de']));
    expect(await provider.listVoices()).toEqual(provider.capabilities.languages);
  });
});

describe.skipIf(!HAS_ESPEAK)('espeak-ng voice provider: synthesis', () => {
  const provider = () =>
    new EspeakVoiceProvider({ settings: settings(), env: { PATH: '/usr/bin' }, outputDir: temp.path });

  it('speaks every word where its timing says, with silence in the pauses between', async () => {
    const result = await provider().synthesize('Drink water, then coffee.', 'en-us', run());
    expect(result.words.map((w) => w.text)).toEqual(['Drink', 'water,', 'then', 'coffee.']);
    const audio = readWav(readFileSync(result.audioPath), result.audioPath);
    expect(result.durationSeconds).toBeCloseTo(audio.samples.length / audio.sampleRate, 5);
    const loudAt = (seconds: number) =>
      Math.max(
        ...audio.samples
          .subarray(Math.round(seconds * audio.sampleRate), Math.round((seconds + 0.03) * audio.sampleRate))
          .map(Math.abs),
      );
    for (const [i, word] of result.words.entries()) {
      expect(word.endSeconds).toBeGreaterThan(word.startSeconds);
      // Speech begins within 30 ms of the word's start…
      expect(loudAt(word.startSeconds)).toBeGreaterThanOrEqual(SPEECH_LEVEL);
      // …and the gap before the next word is silent.
      const next = result.words[i + 1];
      if (next) expect(loudAt((word.endSeconds + next.startSeconds) / 2 - 0.015)).toBeLessThan(SPEECH_LEVEL);
    }
  });

  it('speaks faster at a higher rate', async () => {
    const normal = await provider().synthesize('one two three four five', 'en-us', run(1));
    const fast = await provider().synthesize('one two three four five', 'en-us', run(2));
    expect(fast.durationSeconds).toBeLessThan(normal.durationSeconds * 0.75);
  });

  it('speaks a word that looks like an option instead of reading it as one', async () => {
    const result = await provider().synthesize('-v --help', 'en-us', run());
    expect(result.words.map((w) => w.text)).toEqual(['-v', '--help']);
    expect(result.durationSeconds).toBeGreaterThan(0.2);
  });

  it('names the word and voice when espeak-ng refuses, and stops when aborted', async () => {
    await expect(provider().synthesize('hello', 'xx-nothing', run())).rejects.toThrow(
      /espeak-ng could not say word 1 \("hello"\) with voice "xx-nothing"/,
    );
    const controller = new AbortController();
    controller.abort(new Error('stopped by the user'));
    await expect(
      provider().synthesize('hello', 'en-us', { signal: controller.signal, rate: 1 }),
    ).rejects.toThrow('stopped by the user');
  });
});
