import { ProgressThrottle } from '../../../application/progress-throttle.js';

/** What fluent-ffmpeg's 'progress' event carries (only the fields used here). */
export interface FfmpegProgressEvent {
  readonly frames?: number;
  readonly timemark?: string;
}

const FRAME_PATTERN = /frame=\s*(\d+)/;
const TIME_PATTERN = /time=\s*(-?\d+):(\d{2}):(\d{2}(?:\.\d+)?)/;

/**
 * Fraction (0–1) of the render done, from an ffmpeg stderr status line ("frame=  120 fps=…
 * time=00:00:04.00 …") or a fluent-ffmpeg progress event. Frames are preferred: lavfi and looped
 * image inputs have no duration, so ffmpeg's own percentage is missing. Returns undefined when
 * the line says nothing about progress.
 */
export function parseProgress(
  input: string | FfmpegProgressEvent,
  totalFrames: number,
  fps: number,
): number | undefined {
  if (!(totalFrames > 0)) return undefined;
  const frames = typeof input === 'string' ? framesFromLine(input, fps) : framesFromEvent(input, fps);
  if (frames === undefined) return undefined;
  return Math.min(1, Math.max(0, frames / totalFrames));
}

function framesFromLine(line: string, fps: number): number | undefined {
  const frame = FRAME_PATTERN.exec(line);
  if (frame) return Number(frame[1]);
  const time = TIME_PATTERN.exec(line);
  if (time) return timemarkSeconds(time[1]!, time[2]!, time[3]!) * fps;
  return undefined;
}

function framesFromEvent(event: FfmpegProgressEvent, fps: number): number | undefined {
  if (typeof event.frames === 'number' && Number.isFinite(event.frames)) return event.frames;
  if (typeof event.timemark === 'string') return framesFromLine(`time=${event.timemark}`, fps);
  return undefined;
}

/** ffmpeg prints negative times ("-00:00:01.00") before the first frame: those count as 0. */
function timemarkSeconds(hours: string, minutes: string, seconds: string): number {
  if (hours.startsWith('-')) return 0;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** Share of the whole job each stage covers, so one bar moves steadily from 0 to 1. */
export const STAGE_SPAN = {
  'preparing text': [0, 0.08],
  rendering: [0.08, 0.97],
  finalizing: [0.97, 1],
} as const satisfies Record<string, readonly [number, number]>;

export type RenderStage = keyof typeof STAGE_SPAN;

/** Overall progress for a fraction of one stage. */
export function overallProgress(stage: RenderStage, fraction: number): number {
  const [from, to] = STAGE_SPAN[stage];
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  return from + (to - from) * clamped;
}

export interface ProgressReport {
  readonly progress: number;
  readonly stage: string;
}

/**
 * Passes at most `maxPerSecond` reports through and drops the rest; a new stage and the final 1
 * always pass, so the UI never misses a stage change. `now` is injected for tests.
 */
export function createProgressThrottle(
  emit: (report: ProgressReport) => void,
  options: { maxPerSecond?: number; now?: () => number } = {},
): (report: ProgressReport) => void {
  const throttle = new ProgressThrottle(1000 / (options.maxPerSecond ?? 10), emit, {
    now: options.now ?? (() => performance.now()),
    trailing: false,
  });
  let lastStage: string | undefined;
  return (report) => {
    const stageChanged = report.stage !== lastStage;
    lastStage = report.stage;
    throttle.push(report, stageChanged || !(report.progress < 1));
  };
}
