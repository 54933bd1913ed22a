import { spawn } from 'node:child_process';

/**
 * Runs espeak-ng once as a separate process (it is GPL; Reelforge only calls its program): the text
 * goes in on stdin, never on the command line, so a word such as "-v" is spoken, not read as an
 * option. Resolves when it exits 0 having written `wavPath`; otherwise rejects with its own message.
 */
export function runEspeak(
  binary: string,
  args: { voice: string; wordsPerMinute: number; wavPath: string; text: string },
  signal: AbortSignal,
): Promise<void> {
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const child = spawn(
      binary,
      ['-v', args.voice, '-s', String(args.wordsPerMinute), '-w', args.wavPath, '--stdin'],
      { stdio: ['pipe', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 2000) stderr += chunk;
    });
    const onAbort = () => child.kill('SIGKILL');
    signal.addEventListener('abort', onAbort, { once: true });
    child.on('error', (error) => {
      signal.removeEventListener('abort', onAbort);
      reject(new Error(`${binary} could not start: ${error.message}`));
    });
    child.on('close', (code) => {
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) reject(signal.reason);
      else if (code === 0) resolve();
      else reject(new Error(`espeak-ng exited with ${code}: ${stderr.trim() || 'no message'}`));
    });
    // A process that died at once closes stdin under us; its exit code tells the story.
    child.stdin.on('error', () => undefined);
    child.stdin.end(`${args.text}\n`);
  });
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
