/**
 * The only module that talks to fluent-ffmpeg. Everything else builds plain argument lists
 * (pure, tested) and hands them here to run.
 */
import { execFile } from 'node:child_process';
import ffmpeg from 'fluent-ffmpeg';
import { parseFfmpegVersion, type FfmpegBinaries } from './binary-discovery.js';
import type { FfmpegInput } from './filter-graph.js';

/** One output file and the options placed before it. */
export interface FfmpegOutput {
  readonly path: string;
  readonly options: readonly string[];
}

export interface FfmpegRun {
  readonly inputs: readonly FfmpegInput[];
  readonly filterComplex?: string;
  readonly outputs: readonly FfmpegOutput[];
}

export interface RunOptions {
  readonly signal: AbortSignal;
  /** Every stderr line (status lines carry frame= and time=). */
  readonly onStderrLine?: (line: string) => void;
  /** Called with the child's pid once it runs. */
  readonly onSpawn?: (pid: number) => void;
}

/** Thrown when the run was stopped through the signal; the child is gone by then. */
export class FfmpegAbortedError extends Error {
  constructor() {
    super('ffmpeg was stopped');
    this.name = 'FfmpegAbortedError';
  }
}

/**
 * Runs ffmpeg and resolves when it exits successfully. On abort the child gets SIGKILL and the
 * promise rejects only after it has exited, so callers can delete its files safely.
 */
export function runFfmpeg(binaries: FfmpegBinaries, run: FfmpegRun, options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const { signal } = options;
    if (signal.aborted) {
      reject(new FfmpegAbortedError());
      return;
    }
    const command = ffmpeg({ stdoutLines: 0 });
    command.setFfmpegPath(binaries.ffmpegPath);
    command.setFfprobePath(binaries.ffprobePath);
    for (const input of run.inputs) {
      command.input(asFileUrl(input.path));
      if (input.options.length > 0) command.inputOptions(...input.options);
    }
    if (run.filterComplex !== undefined) command.complexFilter(run.filterComplex);
    run.outputs.forEach((output, i) => {
      command.output(asFileUrl(output.path));
      // fluent-ffmpeg only adds -y for outputs it sees as plain paths, not for file: URLs; the
      // global options ride on the first output.
      const global = i === 0 ? ['-y', '-hide_banner', '-nostdin'] : ['-y'];
      command.outputOptions(...global, ...output.options);
    });

    let child: { pid?: number; kill(signal: NodeJS.Signals): boolean } | undefined;
    const kill = () => child?.kill('SIGKILL');
    const onAbort = () => kill();
    signal.addEventListener('abort', onAbort, { once: true });

    command.on('start', () => {
      // fluent-ffmpeg sets ffmpegProc just before 'start'; it is not in its typings.
      child = (command as unknown as { ffmpegProc?: typeof child }).ffmpegProc;
      if (child?.pid !== undefined) options.onSpawn?.(child.pid);
      // The abort may have come while fluent-ffmpeg was still probing capabilities.
      if (signal.aborted) kill();
    });
    if (options.onStderrLine) command.on('stderr', options.onStderrLine);
    command.on('error', (error: Error, _stdout: string | null, stderr: string | null) => {
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) {
        reject(new FfmpegAbortedError());
        return;
      }
      reject(new Error(describeFailure(error, stderr)));
    });
    command.on('end', () => {
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) reject(new FfmpegAbortedError());
      else resolve();
    });
    command.run();
  });
}

/** ffmpeg's error plus the last lines it printed, which say what actually went wrong. */
function describeFailure(error: Error, stderr: string | null): string {
  const tail = (stderr ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('frame=') && !l.startsWith('size='))
    .slice(-4)
    .join(' | ');
  return tail && !error.message.includes(tail) ? `${error.message} (${tail})` : error.message;
}

/** ffmpeg treats "name:" prefixes as protocols; `file:` makes every path a plain file. */
function asFileUrl(path: string): string {
  return path.startsWith('file:') ? path : `file:${path}`;
}

export interface MediaStreamInfo {
  readonly type: 'video' | 'audio' | string;
  readonly codec?: string;
  readonly pixelFormat?: string;
  readonly width?: number;
  readonly height?: number;
  /** Frames per second from r_frame_rate. */
  readonly fps?: number;
}

export interface MediaProbe {
  readonly durationSeconds: number;
  readonly streams: readonly MediaStreamInfo[];
}

export function probeMedia(binaries: FfmpegBinaries, path: string): Promise<MediaProbe> {
  return new Promise((resolve, reject) => {
    const command = ffmpeg(asFileUrl(path));
    command.setFfprobePath(binaries.ffprobePath);
    command.ffprobe((error, data) => {
      if (error) {
        reject(new Error(`ffprobe could not read ${path}: ${(error as Error).message}`));
        return;
      }
      resolve({
        durationSeconds: Number(data.format.duration ?? Number.NaN),
        streams: data.streams.map((s) => ({
          type: s.codec_type ?? 'unknown',
          codec: s.codec_name,
          pixelFormat: s.pix_fmt,
          width: s.width,
          height: s.height,
          fps: parseRate(s.r_frame_rate),
        })),
      });
    });
  });
}

function parseRate(rate: string | undefined): number | undefined {
  if (!rate) return undefined;
  const [num, den] = rate.split('/').map(Number);
  if (!num || !den) return undefined;
  return num / den;
}

/** "ffmpeg 5.1.9" from `ffmpeg -version`, or undefined when it does not run. */
export function readFfmpegVersion(ffmpegPath: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(ffmpegPath, ['-hide_banner', '-version'], { timeout: 10_000 }, (error, stdout) => {
      if (error) {
        resolve(undefined);
        return;
      }
      resolve(parseFfmpegVersion(String(stdout)));
    });
  });
}
