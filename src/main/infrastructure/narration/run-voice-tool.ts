import { spawn } from 'node:child_process';

/**
 * Runs a speech engine (espeak-ng, piper) once as a separate process — they are GPL/ONNX programs
 * Reelforge only calls — with the text on stdin, never on the command line, so a word such as "-v"
 * is spoken, not read as an option. Resolves when it exits 0; otherwise rejects with its last lines
 * of stderr (`<name> exited with <code>: …`). The signal kills it at once.
 */
export function runVoiceTool(
  name: string,
  binary: string,
  command: { readonly args: readonly string[]; readonly input: string },
  signal: AbortSignal,
): Promise<void> {
  signal.throwIfAborted();
  return new Promise<void>((resolve, reject) => {
    const child = spawn(binary, [...command.args], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-2000);
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
      else {
        const last = stderr.trim().split('\n').slice(-3).join(' / ');
        reject(new Error(`${name} exited with ${code}: ${last || 'no message'}`));
      }
    });
    // A process that died at once closes stdin under us; its exit code tells the story.
    child.stdin.on('error', () => undefined);
    child.stdin.end(command.input);
  });
}
