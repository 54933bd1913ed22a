import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ProviderSettings } from '#core/config.js';
import type { ProviderAvailability } from '#core/provider.js';
import type {
  SynthesizeOptions,
  VoiceCapabilities,
  VoiceProvider,
  VoiceSynthesis,
} from '../../../application/narration/voice-provider.js';
import { findOnPath, isExecutableFile } from '../../providers/executables.js';
import { readWav } from '../wav.js';
import { saveVoiceWav } from '../voice-file.js';
import { splitWords, stitchWords } from '../word-stitching.js';
import { parseEspeakLanguages, parseEspeakVersion, runEspeak } from './run-espeak.js';

const run = promisify(execFile);
/** espeak-ng's own default pace; rate 1 speaks at it. */
const NORMAL_WORDS_PER_MINUTE = 175;
/** Words synthesized at once: each is a short separate process, two keep two cores busy. */
const PARALLEL_WORDS = 2;

export interface EspeakDeps {
  readonly settings: () => ProviderSettings;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly isExecutable?: (path: string) => boolean;
  /** Folder for finished audio files (the voice cache puts them in the data folder). */
  readonly outputDir?: string;
}

/**
 * espeak-ng, fully offline, found like ffmpeg: `providers.espeak-ng.binary_path`, then
 * `ESPEAK_NG_PATH`, then the PATH. Its command line gives no word timings, so each word is spoken
 * by its own short run and the utterance is stitched from them (see `stitchWords`): the timings are
 * where each word's samples were placed.
 */
export class EspeakVoiceProvider implements VoiceProvider {
  readonly id = 'espeak-ng';
  readonly name = 'eSpeak NG (local)';
  readonly defaultVoice = 'en-us';
  readonly settingsFields = ['binaryPath'] as const;
  #languages: readonly string[] = [];
  readonly #versions = new Map<string, Promise<string | undefined>>();

  constructor(private readonly deps: EspeakDeps) {}

  get capabilities(): VoiceCapabilities {
    return { languages: this.#languages, wordTimings: true };
  }

  #binary(): { path: string } | { reason: string } {
    const isExecutable = this.deps.isExecutable ?? isExecutableFile;
    const env = this.deps.env ?? process.env;
    const configured = this.deps.settings().binaryPath;
    if (configured) {
      return isExecutable(configured)
        ? { path: configured }
        : { reason: `providers.espeak-ng.binary_path "${configured}" is not an executable file` };
    }
    const fromEnv = env.ESPEAK_NG_PATH?.trim();
    if (fromEnv) {
      return isExecutable(fromEnv)
        ? { path: fromEnv }
        : { reason: `ESPEAK_NG_PATH "${fromEnv}" is not an executable file` };
    }
    const found = findOnPath('espeak-ng', env.PATH, isExecutable);
    return found
      ? { path: found }
      : {
          reason:
            'espeak-ng not found: install it (apt install espeak-ng, brew install espeak-ng) or set ESPEAK_NG_PATH',
        };
  }

  async isAvailable(): Promise<ProviderAvailability> {
    const binary = this.#binary();
    if ('reason' in binary) return { available: false, reason: binary.reason };
    let version = this.#versions.get(binary.path);
    if (!version) {
      version = this.#probe(binary.path);
      this.#versions.set(binary.path, version);
    }
    const resolved = await version;
    if (resolved === undefined) {
      this.#versions.delete(binary.path);
      return { available: false, reason: `${binary.path} does not run as espeak-ng (--version failed)` };
    }
    return { available: true, version: resolved };
  }

  /** espeak-ng's languages and variants (`espeak-ng --voices`), read when it is found. */
  async listVoices(): Promise<readonly string[]> {
    return (await this.isAvailable()).available ? this.#languages : [];
  }

  async #probe(path: string): Promise<string | undefined> {
    try {
      const { stdout } = await run(path, ['--version'], { timeout: 10_000 });
      const version = parseEspeakVersion(stdout);
      if (version !== undefined) {
        const voices = await run(path, ['--voices'], { timeout: 10_000 });
        this.#languages = parseEspeakLanguages(voices.stdout);
      }
      return version;
    } catch {
      return undefined;
    }
  }

  async synthesize(text: string, voice: string, options: SynthesizeOptions): Promise<VoiceSynthesis> {
    const binary = this.#binary();
    if ('reason' in binary) throw new Error(binary.reason);
    const wordsPerMinute = Math.round(Math.min(450, Math.max(80, NORMAL_WORDS_PER_MINUTE * options.rate)));
    const words = splitWords(text);
    if (words.length === 0) throw new Error('nothing to say: the text has no words');
    const scratch = await mkdtemp(join(tmpdir(), 'reelforge-espeak-'));
    try {
      const audio = new Array<ReturnType<typeof readWav>>(words.length);
      let next = 0;
      const worker = async () => {
        while (next < words.length) {
          const i = next;
          next += 1;
          const wavPath = join(scratch, `word-${i}.wav`);
          try {
            await runEspeak(binary.path, { voice, wordsPerMinute, wavPath, text: words[i]! }, options.signal);
          } catch (error) {
            if (options.signal.aborted) throw error;
            throw new Error(
              `espeak-ng could not say word ${i + 1} ("${words[i]}") with voice "${voice}": ${(error as Error).message}`,
              { cause: error },
            );
          }
          audio[i] = readWav(await readFile(wavPath), wavPath);
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL_WORDS, words.length) }, worker));
      const stitched = stitchWords(
        words.map((word, i) => ({ text: word, audio: audio[i]! })),
        options.rate,
      );
      const saved = await saveVoiceWav(stitched.audio, 'espeak', this.deps.outputDir);
      return { ...saved, words: stitched.words };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
}
