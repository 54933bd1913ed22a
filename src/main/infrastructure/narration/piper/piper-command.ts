import { basename, dirname, join } from 'node:path';

/** What `piper` needs to speak a batch of words, one JSON line each. */
export interface PiperCommand {
  readonly args: readonly string[];
  /** Written to piper's stdin: one `{"text", "output_file"}` line per word. */
  readonly input: string;
}

/** The model file for a voice: `<voice>.onnx` beside the configured model, or the model itself. */
export function piperModelFor(modelPath: string, voice: string): string {
  return voice === piperVoiceName(modelPath) ? modelPath : join(dirname(modelPath), `${voice}.onnx`);
}

/** A voice's name is its model file's name without `.onnx`, e.g. "en_US-lessac-medium". */
export function piperVoiceName(modelPath: string): string {
  return basename(modelPath).replace(/\.onnx$/i, '');
}

/**
 * The command line for piper's JSON-lines mode: one process speaks every word into its own WAV
 * file (loading a model takes far longer than speaking a word). A faster rate is a shorter
 * `--length_scale`.
 */
export function buildPiperCommand(
  model: string,
  words: readonly { text: string; outputFile: string }[],
  rate: number,
): PiperCommand {
  const lengthScale = Math.round((1 / Math.min(4, Math.max(0.25, rate))) * 1000) / 1000;
  return {
    args: ['--model', model, '--json-input', '--length_scale', String(lengthScale)],
    input: words.map((w) => `${JSON.stringify({ text: w.text, output_file: w.outputFile })}\n`).join(''),
  };
}
