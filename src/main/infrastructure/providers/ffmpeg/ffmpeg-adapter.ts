/**
 * The only module that starts ffmpeg and ffprobe, and the only one that talks to fluent-ffmpeg
 * (for ffprobe). Everything else builds plain argument lists (pure, tested) and hands them here.
 */
import { execFile, spawn } from 'node:child_process';
import { parseFfmpegVersion, type FfmpegBinaries } from './binary-discovery.js';
import { ffmpegEnvironment } from './ffmpeg-environment.js';
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
  /**
   * Asks ffmpeg to finish early but properly (SIGINT: it encodes the frames it holds and writes a
   * playable file of the frames done so far). Not on Windows, where no signal ends it gracefully.
   */
  readonly finishEarly?: AbortSignal;
}

/** How a run ended: all its work done, or finished early on `finishEarly` with a playable file. */
export type RunEnd = 'done' | 'finished early';

/** Thrown when the run was stopped through the signal; the child is gone by then. */
export class FfmpegAbortedError extends Error {
  constructor() {
    super('ffmpeg was stopped');
    this.name = 'FfmpegAbortedError';
  }
}

/**
 * Runs ffmpeg and resolves when it exits successfully. On abort the child gets SIGKILL and the
 * promise rejects only after it has exited, so callers can delete its files safely. On
 * `finishEarly` it gets SIGINT, after which ffmpeg exits with 255 once its file is complete.
 *
 * ffmpeg is spawned directly rather than through fluent-ffmpeg's runner: that runner starts
 * `ffmpeg -formats` and `ffmpeg -encoders` before every first command of a process, which costs a
 * one-shot CLI render ≈ 0.3 s of wall time (two parts side by side each paid it) for checks the
 * argument builders already guarantee (rawvideo, mp4, image2, libx264 and aac are what we ask for,
 * and a missing one still fails with ffmpeg's own message).
 */
export function runFfmpeg(binaries: FfmpegBinaries, run: FfmpegRun, options: RunOptions): Promise<RunEnd> {
  return new Promise((resolve, reject) => {
    const { signal } = options;
    if (signal.aborted) {
      reject(new FfmpegAbortedError());
      return;
    }
    const child = spawn(binaries.ffmpegPath, ffmpegArguments(run), {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: ffmpegEnvironment(process.env),
    });
    const tail = new StderrTail(options.onStderrLine);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => tail.push(chunk));
    const onAbort = () => child.kill('SIGKILL');
    signal.addEventListener('abort', onAbort, { once: true });
    let askedToFinish = false;
    const onFinishEarly = () => {
      askedToFinish = child.exitCode === null && child.signalCode === null && child.kill('SIGINT');
    };
    options.finishEarly?.addEventListener('abort', onFinishEarly, { once: true });
    if (child.pid !== undefined) options.onSpawn?.(child.pid);

    let spawnError: Error | undefined;
    child.on('error', (error) => {
      spawnError = error;
    });
    child.on('close', (code, killedBy) => {
      signal.removeEventListener('abort', onAbort);
      options.finishEarly?.removeEventListener('abort', onFinishEarly);
      tail.end();
      if (signal.aborted) reject(new FfmpegAbortedError());
      else if (spawnError) reject(new Error(`${binaries.ffmpegPath} could not start: ${spawnError.message}`));
      else if (code === 0) resolve('done');
      // After a signal it handled ffmpeg exits with 255, its file complete; one that came before
      // its handler was set ended it at once (no file): the caller counts the frames it finds.
      else if (askedToFinish && (code === SIGNAL_HANDLED_EXIT_CODE || killedBy === 'SIGINT'))
        resolve('finished early');
      else {
        const how = killedBy ? `was killed with ${killedBy}` : `exited with code ${code}`;
        reject(new Error(describeFailure(`ffmpeg ${how}`, tail.lines())));
      }
    });
  });
}

/** What ffmpeg exits with after stopping on SIGINT/SIGTERM and closing its outputs properly. */
const SIGNAL_HANDLED_EXIT_CODE = 255;

/** The command line of one run: inputs with their options, the graph, outputs with theirs. */
export function ffmpegArguments(run: FfmpegRun): string[] {
  const args = ['-hide_banner', '-nostdin', '-y'];
  for (const input of run.inputs) args.push(...input.options, '-i', asFileUrl(input.path));
  if (run.filterComplex !== undefined) args.push('-filter_complex', run.filterComplex);
  for (const output of run.outputs) args.push(...output.options, asFileUrl(output.path));
  return args;
}

/**
 * Splits ffmpeg's stderr into lines (status lines end in a carriage return), hands each to the
 * listener and keeps the last few, which say what went wrong when ffmpeg fails.
 */
class StderrTail {
  readonly #kept: string[] = [];
  #partial = '';

  constructor(private readonly onLine?: (line: string) => void) {}

  push(chunk: string): void {
    const pieces = (this.#partial + chunk).split(/\r\n|\r|\n/);
    this.#partial = pieces.pop() ?? '';
    for (const line of pieces) this.#line(line);
  }

  end(): void {
    if (this.#partial) this.#line(this.#partial);
    this.#partial = '';
  }

  lines(): string[] {
    return this.#kept;
  }

  #line(line: string): void {
    if (line === '') return;
    this.onLine?.(line);
    this.#kept.push(line);
    if (this.#kept.length > 40) this.#kept.shift();
  }
}

/** ffmpeg's exit plus the last lines it printed, which say what actually went wrong. */
function describeFailure(exit: string, stderr: readonly string[]): string {
  const tail = stderr
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('frame=') && !l.startsWith('size='))
    .slice(-4)
    .join(' | ');
  return tail ? `${exit} (${tail})` : exit;
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
  /** How many frames (samples) the track holds, where the reader knows (mp4-probe.ts does). */
  readonly frames?: number;
}

export interface MediaProbe {
  readonly durationSeconds: number;
  readonly streams: readonly MediaStreamInfo[];
}

export async function probeMedia(binaries: FfmpegBinaries, path: string): Promise<MediaProbe> {
  // Loaded on first use: FFmpeg renders check their MP4 in-process (mp4-probe.ts), so a CLI render
  // never pays the ≈ 15 ms of loading fluent-ffmpeg's many files.
  const { default: ffmpeg } = await import('fluent-ffmpeg');
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
