import { runVoiceTool } from '../run-voice-tool.js';

/** Runs espeak-ng once, writing `wavPath` (see runVoiceTool: text on stdin, errors from stderr). */
export function runEspeak(
  binary: string,
  args: { voice: string; wordsPerMinute: number; wavPath: string; text: string },
  signal: AbortSignal,
): Promise<void> {
  const options = ['-v', args.voice, '-s', String(args.wordsPerMinute), '-w', args.wavPath, '--stdin'];
  return runVoiceTool('espeak-ng', binary, { args: options, input: `${args.text}\n` }, signal);
}

/** `espeak-ng --version` → "espeak-ng 1.51", or undefined when it does not answer like espeak-ng. */
export function parseEspeakVersion(output: string): string | undefined {
  const match = /eSpeak NG text-to-speech: ([\w.-]+)/.exec(output);
  return match ? `espeak-ng ${match[1]}` : undefined;
}

/** Language codes from `espeak-ng --voices` (second column), in its order, without repeats. */
export function parseEspeakLanguages(output: string): string[] {
  const languages = output
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/)[1])
    .filter((language): language is string => language !== undefined && language !== '');
  return [...new Set(languages)];
}
