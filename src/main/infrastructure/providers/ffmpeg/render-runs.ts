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
}

export interface RenderRuns {
  /** Run side by side; a single run writes the final MP4 and poster itself. */
  readonly parts: readonly PartRun[];
  /**
   * With several parts: what joins them and the soundtrack into the final MP4, done in-process
   * (`files`, see mp4-join.ts) or, when that refuses, by the ffmpeg `run` after the text of the
   * concat list (the parts in order, with their lengths) is written to `files.concatList`.
   */
  readonly join?: { readonly files: Mp4JoinFiles; readonly run: FfmpegRun; readonly concatList: string };
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
}

/**
 * The ffmpeg runs of a render. With one range: one run writes the finished MP4 (video, sound,
 * moov first) and the poster. With several: each part's run makes and encodes its frames into a
 * video-only file, the last one also encodes the soundtrack, the one holding the poster frame
 * writes the poster, and the join copies the parts and the soundtrack into the final MP4.
 */
export function renderRuns(input: RenderRunsInput): RenderRuns {
  const { plan, ranges, quality, files } = input;
  const single = ranges.length === 1;
  const threads = shareThreads(input.threads, ranges.length);
  // ffmpeg takes the argument as it is (no shell), so the tag needs no escaping.
  const tag = input.comment === undefined ? [] : ['-metadata', `comment=${input.comment}`];
  const parts = ranges.map((range, i): PartRun => {
    const graph = buildFilterGraph(plan, { range, audio: single || i === ranges.length - 1 });
    const outputs: FfmpegOutput[] = [
      {
        path: single ? files.video : files.part(i),
        options: [
          ...(single ? tag : []),
          ...encodeOptions({
            quality,
            fps: plan.fps,
            totalFrames: range.end - range.start,
            videoOutput: graph.videoOutput,
            audioOutput: single ? graph.audioOutput : undefined,
            threads,
            videoBitrateCapKbps: input.videoBitrateCapKbps,
          }),
        ],
      },
    ];
    if (!single && graph.audioOutput !== undefined) {
      outputs.push({ path: files.soundtrack, options: soundtrackOptions(quality, graph.audioOutput) });
    }
    if (graph.posterOutput !== undefined) {
      outputs.push({ path: files.poster, options: posterOptions(graph.posterOutput) });
    }
    return { range, inputs: graph.inputs, filterComplex: graph.filterComplex, outputs };
  });
  if (single) return { parts };
  const entries = parts.map(({ range, outputs }) => ({
    path: outputs[0]!.path,
    durationSeconds: (range.end - range.start) / plan.fps,
  }));
  return {
    parts,
    join: {
      files: {
        parts: entries,
        soundtrack: files.soundtrack,
        output: files.video,
        ...(input.comment === undefined ? {} : { comment: input.comment }),
      },
      run: joinRun(files, tag),
      concatList: concatList(entries),
    },
  };
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
