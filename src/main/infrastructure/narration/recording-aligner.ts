import { spawn } from 'node:child_process';
import type { ProviderSettings } from '#core/config.js';
import type { RecordingAligner } from '../../application/narration/narration-step.js';
import { isExecutableFile } from '../providers/executables.js';
import { discoverBinaries } from '../providers/ffmpeg/binary-discovery.js';
import { alignWords } from './energy-aligner.js';
import { splitWords } from './word-stitching.js';

const SAMPLE_RATE = 16_000;

/**
 * Places a scene's words on the creator's own recorded voice-over: ffmpeg (the one the FFmpeg
 * renderer uses) decodes the file to mono PCM, and the energy aligner shares the known words over
 * its speech.
 */
export class FfmpegRecordingAligner implements RecordingAligner {
  constructor(
    private readonly ffmpegSettings: () => ProviderSettings,
    private readonly env: Readonly<Record<string, string | undefined>> = process.env,
  ) {}

  async align(path: string, text: string, signal: AbortSignal) {
    const discovery = discoverBinaries({
      binaryPath: this.ffmpegSettings().binaryPath,
      env: this.env,
      isExecutable: isExecutableFile,
    });
    if (!discovery.found) throw new Error(`cannot read the voice-over ${path}: ${discovery.reason}`);
    const pcm = await decode(discovery.binaries.ffmpegPath, path, signal);
    const samples = new Int16Array(pcm.buffer, pcm.byteOffset, Math.floor(pcm.length / 2)).slice();
    const audio = { sampleRate: SAMPLE_RATE, samples };
    return { durationSeconds: samples.length / SAMPLE_RATE, words: alignWords(audio, splitWords(text)) };
  }
}

function decode(ffmpeg: string, path: string, signal: AbortSignal): Promise<Buffer> {
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const child = spawn(
      ffmpeg,
      [
        '-v',
        'error',
        '-nostdin',
        '-i',
        path,
        '-vn',
        '-ac',
        '1',
        '-ar',
        String(SAMPLE_RATE),
        '-f',
        's16le',
        '-',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-1000);
    });
    const onAbort = () => child.kill('SIGKILL');
    signal.addEventListener('abort', onAbort, { once: true });
    child.on('error', (error) => {
      signal.removeEventListener('abort', onAbort);
      reject(error);
    });
    child.on('close', (code) => {
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) reject(signal.reason);
      else if (code === 0) resolve(Buffer.concat(chunks));
      else
        reject(
          new Error(`cannot read the voice-over ${path}: ${stderr.trim() || `ffmpeg exited with ${code}`}`),
        );
    });
  });
}
