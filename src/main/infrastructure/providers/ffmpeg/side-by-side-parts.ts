import type { RunEnd } from './ffmpeg-adapter.js';
import type { FrameRange } from './filter-graph.js';
import type { PartReport, RunningPart } from './part-rebalance.js';

/** One ffmpeg run of the render: its output frames, the number of its file, and whether it carries the sound. */
export interface PartJob {
  readonly id: number;
  readonly range: FrameRange;
  readonly audio: boolean;
}

/** A part file of the finished render: which file, and exactly which output frames it holds. */
export interface MadePart {
  readonly id: number;
  readonly range: FrameRange;
}

/** How one job's run is started and watched. */
export interface JobControls {
  /** Hard stop (the render was cancelled or another run failed). */
  readonly signal: AbortSignal;
  /** Finish early with a playable file of the frames done so far. */
  readonly finishEarly: AbortSignal;
  /** Frames of the job written so far, as ffmpeg reports them. */
  readonly onFramesDone: (frames: number) => void;
}

export interface SideBySideOptions {
  readonly jobs: readonly PartJob[];
  readonly signal: AbortSignal;
  /** Runs one job's ffmpeg; rejects when it fails. */
  readonly launch: (job: PartJob, controls: JobControls) => Promise<RunEnd>;
  /** Frames in the file of a job that finished early (0 when it has no playable file). */
  readonly framesWritten: (job: PartJob) => Promise<number>;
  /** Whether the last job still running should be finished early and its rest shared. */
  readonly worthRebalancing: (part: RunningPart) => boolean;
  /**
   * Where to split the rest [from, end) of a job finished early in two; undefined to run the rest
   * as one job, or 'restart' when no part may start at `from` (the job is then run again whole).
   */
  readonly splitRest: (rest: FrameRange) => number | undefined | 'restart';
  readonly maxRebalances: number;
  /** Total frames done across all jobs, whenever it changes. */
  readonly onFramesDone?: (frames: number) => void;
}

export interface SideBySideResult {
  /** The part files to join, in output order, covering the render's frames exactly. */
  readonly parts: readonly MadePart[];
  /** Seconds from the start until each of the first jobs ended (0 for one finished early). */
  readonly seconds: readonly number[];
  readonly rebalances: number;
}

interface LiveJob {
  readonly job: PartJob;
  readonly startedAt: number;
  readonly finishEarly: AbortController;
  framesDone: number;
  first?: PartReport;
  latest?: PartReport;
}

type Ended = { live: LiveJob; end: RunEnd } | { live: LiveJob; error: unknown };

/**
 * Runs the jobs side by side. When all but one have ended and that one would still run long
 * (`worthRebalancing`), it is finished early and the rest of its frames become two new jobs, so a
 * core that turned slow under a part no longer holds up the render. One failing run stops the
 * others, and only once all have exited does this throw that first failure (or the abort), so no
 * child outlives it.
 */
export async function runSideBySide(options: SideBySideOptions): Promise<SideBySideResult> {
  const started = performance.now();
  const now = () => (performance.now() - started) / 1000;
  const siblingFailed = new AbortController();
  const stop = AbortSignal.any([options.signal, siblingFailed.signal]);
  const seconds = options.jobs.map(() => 0);
  const made: MadePart[] = [];
  const running = new Map<LiveJob, Promise<Ended>>();
  let nextId = Math.max(-1, ...options.jobs.map((j) => j.id)) + 1;
  let rebalances = 0;
  let firstFailure: unknown;
  let doneBefore = 0;

  const report = () =>
    options.onFramesDone?.(doneBefore + [...running.keys()].reduce((n, live) => n + live.framesDone, 0));
  const start = (job: PartJob) => {
    const live: LiveJob = { job, startedAt: now(), finishEarly: new AbortController(), framesDone: 0 };
    const controls: JobControls = {
      signal: stop,
      finishEarly: live.finishEarly.signal,
      onFramesDone: (frames) => {
        live.framesDone = frames;
        live.latest = { seconds: now() - live.startedAt, framesDone: frames };
        live.first ??= live.latest;
        report();
      },
    };
    running.set(
      live,
      options.launch(job, controls).then(
        (end): Ended => ({ live, end }),
        (error: unknown): Ended => ({ live, error }),
      ),
    );
  };

  options.jobs.forEach(start);
  while (running.size > 0) {
    const ended = await Promise.race(running.values());
    const { live } = ended;
    running.delete(live);
    const first = options.jobs.indexOf(live.job);
    if ('error' in ended) {
      if (!stop.aborted) {
        firstFailure = ended.error;
        siblingFailed.abort(ended.error);
      }
      continue;
    }
    if (stop.aborted) continue;
    if (ended.end === 'finished early') {
      await shareRest(live.job);
      continue;
    }
    made.push({ id: live.job.id, range: live.job.range });
    doneBefore += live.job.range.end - live.job.range.start;
    if (first >= 0) seconds[first] = now();
    const [last, more] = [...running.keys()];
    if (last && !more && rebalances < options.maxRebalances) {
      const part: RunningPart = {
        range: last.job.range,
        first: last.first,
        latest: last.latest,
        seconds: now() - last.startedAt,
      };
      if (options.worthRebalancing(part)) {
        rebalances += 1;
        last.finishEarly.abort();
      }
    }
  }
  options.signal.throwIfAborted();
  if (firstFailure !== undefined) throw firstFailure;
  return { parts: made.sort((a, b) => a.range.start - b.range.start), seconds, rebalances };

  /** Keeps what a job finished early wrote and starts its rest as one or two new jobs. */
  async function shareRest(job: PartJob): Promise<void> {
    const length = job.range.end - job.range.start;
    const written = Math.min(length, Math.max(0, await options.framesWritten(job).catch(() => 0)));
    let rest: FrameRange = { start: job.range.start + written, end: job.range.end };
    let cut = rest.start < rest.end ? options.splitRest(rest) : undefined;
    if (cut === 'restart') {
      rest = job.range;
      cut = undefined;
    } else if (written > 0) {
      made.push({ id: job.id, range: { start: job.range.start, end: rest.start } });
      doneBefore += written;
    }
    if (rest.start >= rest.end) return;
    const ranges =
      cut === undefined || cut <= rest.start || cut >= rest.end
        ? [rest]
        : [
            { start: rest.start, end: cut },
            { start: cut, end: rest.end },
          ];
    ranges.forEach((range, i) => {
      nextId += 1;
      start({ id: nextId - 1, range, audio: job.audio && i === ranges.length - 1 });
    });
    report();
  }
}
