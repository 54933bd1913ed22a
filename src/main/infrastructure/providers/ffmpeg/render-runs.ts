import type { VideoQuality } from '#core/video-quality.js';
import {
  concatList,
  encodeOptions,
  joinOptions,
  posterOptions,
  soundtrackOptions,
  type ThreadSettings,
} from './encoder-options.js';
import type { FfmpegOutput, FfmpegRun } from './ffmpeg-adapter.js';
import { buildFilterGraph, type FrameRange } from './filter-graph.js';
import type { Mp4JoinFiles } from './mp4-join.js';
import type { RenderPlan } from './render-plan.js';
import { holdFilters, holdLayout, type HoldLayout } from './hold-frames.js';

/** Where the runs write: the final video and poster, and scratch files for a render in parts. */
export interface RenderFiles {
  readonly video: string;
  readonly poster: string;
  /** Video-only part `i` of a render in parts. */
  readonly part: (index: number) => string;
  readonly soundtrack: string;
  readonly concatList: string;
}

/** One ffmpeg run that makes output frames `range` (and maybe the soundtrack and poster). */
export interface PartRun extends FfmpegRun {
  readonly range: FrameRange;
  /** Which of the range's frames it encodes; the rest the join puts back as skipped frames. */
  readonly layout: HoldLayout;
}

export interface RenderRuns {
  /**
   * Run side by side; a single run writes the final MP4 and poster itself, several are joined by
   * `joinOf` the parts actually made (a part finished early and shared makes more of them).
   */
  readonly parts: readonly PartRun[];
  /** The parts are video-only files for `joinOf` (else the one part writes the final MP4). */
  readonly joined: boolean;
}

/**
 * What joins video-only parts and the soundtrack into the final MP4: done in-process (`files`, see
 * mp4-join.ts) or, when that refuses, by the ffmpeg `run` after the text of the concat list (the
 * parts in order, with their lengths) is written to `files.concatList`.
 */
export interface JoinSteps {
  readonly files: Mp4JoinFiles;
  readonly run: FfmpegRun;
  readonly concatList: string;
}

export interface RenderRunsInput {
  readonly plan: RenderPlan;
  readonly ranges: readonly FrameRange[];
  readonly quality: VideoQuality;
  /** Threads for the whole render; parts share them. */
  readonly threads: ThreadSettings;
  readonly files: RenderFiles;
  /** The platform preset's video bitrate cap, when lower than the quality's. */
  readonly videoBitrateCapKbps?: number;
  /** The final MP4's `comment` tag (which job and variant made it). */
  readonly comment?: string;
  /** Leave holds to skipped frames (hold-frames.ts). */
  readonly skipHolds?: boolean;
}

/**
 * The ffmpeg runs of a render. With one range and no hold to skip: one run writes the finished
 * MP4 (video, sound, moov first) and the poster. Else each part's run makes and encodes its
 * frames into a video-only file, the last one also encodes the soundtrack, the one holding the
 * poster frame writes the poster, and the join copies the parts and the soundtrack into the final
 * MP4, with the skipped frames of the holds the parts left out.
 */
export function renderRuns(input: RenderRunsInput): RenderRuns {
  const { ranges, files } = input;
  const skipping = holdLayout(input.plan, ranges[0]!, input.skipHolds === true).runs.length > 0;
  if (ranges.length === 1 && !skipping)
    return { parts: [partRun(input, ranges[0]!, { path: files.video, single: true })], joined: false };
  const threads = shareThreads(input.threads, ranges.length);
  return {
    parts: ranges.map((range, i) =>
      partRun(input, range, { path: files.part(i), audio: i === ranges.length - 1, threads }),
    ),
    joined: true,
  };
}

/** Where one part's run writes and what it carries besides its frames. */
export interface PartRunTarget {
  readonly path: string;
  /** The whole render in one run: the finished MP4 with sound and the comment tag. */
  readonly single?: boolean;
  /** This part also encodes the soundtrack (into `files.soundtrack`). */
  readonly audio?: boolean;
  /** Threads for this run (default: all of `input.threads`). */
  readonly threads?: ThreadSettings;
}

/**
 * The run that makes output frames `range` into `target.path`. It writes the poster too when the
 * poster frame lies in the range (the graph includes it then).
 */
export function partRun(input: RenderRunsInput, range: FrameRange, target: PartRunTarget): PartRun {
  const { plan, quality, files } = input;
  const single = target.single === true;
  const graph = buildFilterGraph(plan, { range, audio: single || target.audio === true });
  const layout = holdLayout(plan, range, !single && input.skipHolds === true);
  const held = holdFilters(layout, range, plan.fps);
  const videoOutput = held ? 'vheld' : graph.videoOutput;
  const filterComplex = held
    ? `${graph.filterComplex};[${graph.videoOutput}]${held.filters}[${videoOutput}]`
    : graph.filterComplex;
  const outputs: FfmpegOutput[] = [
    {
      path: target.path,
      options: [
        ...(single ? commentTag(input) : []),
        ...encodeOptions({
          quality,
          fps: plan.fps,
          totalFrames: layout.keptFrames,
          videoOutput,
          audioOutput: single ? graph.audioOutput : undefined,
          threads: target.threads ?? input.threads,
          videoBitrateCapKbps: input.videoBitrateCapKbps,
        }),
        ...(held?.encoderOptions ?? []),
      ],
    },
  ];
  if (!single && graph.audioOutput !== undefined) {
    outputs.push({ path: files.soundtrack, options: soundtrackOptions(quality, graph.audioOutput) });
  }
  if (graph.posterOutput !== undefined) {
    outputs.push({ path: files.poster, options: posterOptions(graph.posterOutput) });
  }
  return { range, layout, inputs: graph.inputs, filterComplex, outputs };
}

/** How the video-only `parts` (in output order, their frames exactly the render's) become the final MP4. */
export function joinOf(
  input: RenderRunsInput,
  parts: readonly { readonly range: FrameRange; readonly path: string }[],
): JoinSteps {
  const { plan, files } = input;
  const entries = parts.map(({ range, path }) => ({
    path,
    durationSeconds: (range.end - range.start) / plan.fps,
  }));
  const skip = input.skipHolds === true;
  return {
    files: {
      parts: entries.map((entry, i) => {
        const { runs } = holdLayout(plan, parts[i]!.range, skip);
        return runs.length > 0 ? { ...entry, skippedRuns: runs } : entry;
      }),
      soundtrack: files.soundtrack,
      output: files.video,
      ...(input.comment === undefined ? {} : { comment: input.comment }),
    },
    run: joinRun(files, commentTag(input)),
    concatList: concatList(entries),
  };
}

/** The `comment` metadata option; ffmpeg takes the argument as it is (no shell), so no escaping. */
function commentTag(input: Pick<RenderRunsInput, 'comment'>): string[] {
  return input.comment === undefined ? [] : ['-metadata', `comment=${input.comment}`];
}

/**
 * The run that joins the video parts (listed in the concat file) and the soundtrack into the
 * final MP4 by copying their streams.
 */
function joinRun(files: RenderFiles, tag: readonly string[]): FfmpegRun {
  return {
    inputs: [
      { path: files.concatList, options: ['-f', 'concat', '-safe', '0'] },
      { path: files.soundtrack, options: [] },
    ],
    outputs: [{ path: files.video, options: [...tag, ...joinOptions()] }],
  };
}

/** Each of `count` side-by-side runs gets its share of the threads, at least one. */
export function shareThreads(threads: ThreadSettings, count: number): ThreadSettings {
  return {
    encoder: Math.max(1, Math.floor(threads.encoder / count)),
    filter: Math.max(1, Math.floor(threads.filter / count)),
  };
}
