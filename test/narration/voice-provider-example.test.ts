// The README's "Adding a voice provider" example, compiled and run here: the code between the
// region markers is the README's block (its imports as seen from src/main/infrastructure/narration/
// my-voice/), it stays under 40 lines, and with espeak-ng as its engine it speaks with word timings
// behind the voice cache, like the built-in providers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeVoiceProviders } from '../../src/main/application/narration/voice-listing.js';
import { VoiceRegistry } from '../../src/main/application/narration/voice-registry.js';
import { CachingVoiceProvider } from '../../src/main/infrastructure/narration/voice-cache.js';
import { makeTempDir } from '../support/temp-dir.js';

// #region README example
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProviderSettings } from '#core/config.js';
import type * as Voice from '../../src/main/application/narration/voice-provider.js';
import { runVoiceTool } from '../../src/main/infrastructure/narration/run-voice-tool.js';
import { durationOf, encodeWav, readWav } from '../../src/main/infrastructure/narration/wav.js';
import { splitWords, stitchWords } from '../../src/main/infrastructure/narration/word-stitching.js';

/** An engine run once per word (text on stdin, a WAV after `-w`: espeak-ng's command line). */
export class MyVoiceProvider implements Voice.VoiceProvider {
  readonly id = 'my-voice';
  readonly name = 'My voice (local)';
  readonly capabilities = { languages: ['en'], wordTimings: true };
  readonly defaultVoice = 'en-us';
  readonly settingsFields = ['binaryPath'];
  constructor(private readonly settings: () => ProviderSettings) {}
  async isAvailable() {
    return this.settings().binaryPath ? { available: true } : { available: false, reason: 'set binary_path' };
  }
  async synthesize(text: string, voice: string, options: Voice.SynthesizeOptions) {
    const scratch = await mkdtemp(join(tmpdir(), 'my-voice-'));
    try {
      const words = [];
      for (const [i, word] of splitWords(text).entries()) {
        const wav = join(scratch, `${i}.wav`);
        const command = { args: ['-v', voice, '-w', wav, '--stdin'], input: word };
        await runVoiceTool(this.id, this.settings().binaryPath!, command, options.signal);
        words.push({ text: word, audio: readWav(await readFile(wav), wav) });
      }
      const stitched = stitchWords(words, options.rate); // each word's time is where its samples go
      const audioPath = `${scratch}.wav`; // beside the scratch folder; the voice cache moves it
      await writeFile(audioPath, encodeWav(stitched.audio));
      return { audioPath, durationSeconds: durationOf(stitched.audio), words: stitched.words };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
}
// #endregion

const README = join(import.meta.dirname, '..', '..', 'README.md');
const HAS_ESPEAK = existsSync('/usr/bin/espeak-ng');

/** The example as the README shows it: imports from inside src/main/infrastructure/narration/my-voice/. */
function exampleAsInReadme(): string {
  const source = readFileSync(import.meta.filename, 'utf8');
  const region = /\/\/ #region README example\n([\s\S]*?)\/\/ #endregion/.exec(source)![1]!;
  return region
    .replaceAll("'../../src/main/application/", "'../../../application/")
    .replaceAll("'../../src/main/infrastructure/narration/", "'../");
}

const settings = (binaryPath?: string): ProviderSettings => ({
  enabled: true,
  maxConcurrent: 1,
  timeoutSeconds: 60,
  options: {},
  ...(binaryPath ? { binaryPath } : {}),
});

describe('the README voice provider example', () => {
  it('is the README block, word for word, in under 40 lines', () => {
    const example = exampleAsInReadme();
    expect(readFileSync(README, 'utf8')).toContain(`\`\`\`ts\n${example}\`\`\``);
    expect(example.trimEnd().split('\n').length).toBeLessThan(40);
  });

  it('is unavailable with a reason until configured', async () => {
    expect(await new MyVoiceProvider(() => settings()).isAvailable()).toEqual({
      available: false,
      reason: 'set binary_path',
    });
  });

  it.skipIf(!HAS_ESPEAK)(
    'speaks with word timings behind the voice cache, listed like the built-in ones',
    async () => {
      const temp = makeTempDir();
      const before = readdirSync(tmpdir()).filter((name) => name.startsWith('my-voice-'));
      try {
        const registry = new VoiceRegistry();
        registry.register(
          new CachingVoiceProvider(new MyVoiceProvider(() => settings('/usr/bin/espeak-ng')), temp.path),
        );
        const [listed] = await describeVoiceProviders(registry, () => false);
        expect(listed).toMatchObject({ id: 'my-voice', available: true, voices: ['en-us'], online: false });
        const spoken = await registry
          .require('my-voice')
          .synthesize('Hello there, friend.', 'en-us', { signal: new AbortController().signal, rate: 1 });
        expect(spoken.words.map((w) => w.text)).toEqual(['Hello', 'there,', 'friend.']);
        expect(spoken.durationSeconds).toBeGreaterThan(0.5);
        for (const [i, word] of spoken.words.entries()) {
          expect(word.endSeconds).toBeGreaterThan(word.startSeconds);
          if (i > 0) expect(word.startSeconds).toBeGreaterThanOrEqual(spoken.words[i - 1]!.endSeconds);
        }
        expect(existsSync(spoken.audioPath)).toBe(true);
        // The engine's scratch folder is gone and its output moved into the cache: nothing is left.
        expect(readdirSync(tmpdir()).filter((name) => name.startsWith('my-voice-'))).toEqual(before);
      } finally {
        temp.cleanup();
      }
    },
  );
});
