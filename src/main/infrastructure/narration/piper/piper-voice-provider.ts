import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ProviderSettings } from '#core/config.js';
import type { ProviderAvailability } from '#core/provider.js';
import type {
  SynthesizeOptions,
  VoiceProvider,
  VoiceSynthesis,
} from '../../../application/narration/voice-provider.js';
import { isExecutableFile } from '../../providers/executables.js';
import { readWav } from '../wav.js';
import { runVoiceTool } from '../run-voice-tool.js';
import { saveVoiceWav } from '../voice-file.js';
import { splitWords, stitchWords } from '../word-stitching.js';
import { buildPiperCommand, piperModelFor, piperVoiceName } from './piper-command.js';

export interface PiperDeps {
  readonly settings: () => ProviderSettings;
  readonly isExecutable?: (path: string) => boolean;
  /** Folder for finished audio files. */
  readonly outputDir?: string;
}

/**
 * Piper, a local neural voice (https://github.com/rhasspy/piper), run as a separate process that
 * the user installs and points to: `providers.piper.binary_path` and `providers.piper.model_path`
 * (a `.onnx` voice with its `.onnx.json` beside it). `piper:<name>` picks `<name>.onnx` from the
 * same folder. Piper gives no word timings, so each word is its own utterance and they are
 * stitched like espeak-ng's.
 */
export class PiperVoiceProvider implements VoiceProvider {
  readonly id = 'piper';
  readonly name = 'Piper (local neural voice)';
  readonly capabilities = { languages: [], wordTimings: true };
  readonly settingsFields = ['binaryPath', 'model_path'] as const;

  constructor(private readonly deps: PiperDeps) {}

  get defaultVoice(): string {
    const model = this.#modelPath();
    return model === undefined ? 'default' : piperVoiceName(model);
  }

  #modelPath(): string | undefined {
    const value = this.deps.settings().options['model_path'];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  }

  #setup(): { binary: string; model: string } | { reason: string } {
    const binary = this.deps.settings().binaryPath;
    if (!binary) return { reason: 'not configured: set providers.piper.binary_path to the piper program' };
    if (!(this.deps.isExecutable ?? isExecutableFile)(binary)) {
      return { reason: `providers.piper.binary_path "${binary}" is not an executable file` };
    }
    const model = this.#modelPath();
    if (!model) return { reason: 'no voice: set providers.piper.model_path to a .onnx voice file' };
    if (!existsSync(model)) return { reason: `providers.piper.model_path "${model}" does not exist` };
    return { binary, model };
  }

  async isAvailable(): Promise<ProviderAvailability> {
    const setup = this.#setup();
    return 'reason' in setup ? { available: false, reason: setup.reason } : { available: true };
  }

  /** The `.onnx` voices in the configured model's folder (`piper:<name>` picks one). */
  async listVoices(): Promise<readonly string[]> {
    const model = this.#modelPath();
    if (model === undefined) return [];
    const names = await readdir(dirname(model)).catch(() => [] as string[]);
    return names
      .filter((name) => /\.onnx$/i.test(name))
      .map((name) => piperVoiceName(name))
      .sort();
  }

  async synthesize(text: string, voice: string, options: SynthesizeOptions): Promise<VoiceSynthesis> {
    const setup = this.#setup();
    if ('reason' in setup) throw new Error(`piper is ${setup.reason}`);
    const model = piperModelFor(setup.model, voice);
    if (!existsSync(model)) throw new Error(`piper voice "${voice}" not found: no ${model}`);
    const words = splitWords(text);
    if (words.length === 0) throw new Error('nothing to say: the text has no words');
    const scratch = await mkdtemp(join(tmpdir(), 'reelforge-piper-'));
    try {
      const files = words.map((word, i) => ({ text: word, outputFile: join(scratch, `word-${i}.wav`) }));
      await runVoiceTool(
        'piper',
        setup.binary,
        buildPiperCommand(model, files, options.rate),
        options.signal,
      );
      const audio = await Promise.all(
        files.map(async (file, i) => {
          if (!existsSync(file.outputFile)) {
            throw new Error(`piper wrote no audio for word ${i + 1} ("${file.text}")`);
          }
          return { text: file.text, audio: readWav(await readFile(file.outputFile), file.outputFile) };
        }),
      );
      const stitched = stitchWords(audio, options.rate);
      const saved = await saveVoiceWav(stitched.audio, 'piper', this.deps.outputDir);
      return { ...saved, words: stitched.words };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
}
