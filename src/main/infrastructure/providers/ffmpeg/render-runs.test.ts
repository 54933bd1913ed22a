import { describe, expect, it } from 'vitest';
import { assetsFor, timelineOf } from '../../../../../test/ffmpeg/plan-fixtures.js';
import { concatList } from './encoder-options.js';
import { planRender } from './render-plan.js';
import {
  joinOf,
  renderRuns,
  shareThreads,
  type RenderFiles,
  type RenderRuns,
  type RenderRunsInput,
} from './render-runs.js';

const frame = { width: 540, height: 960 };
const timeline = timelineOf([4, 4, 4, 4]);
const plan = planRender({ timeline, frame, assets: assetsFor(timeline) });
const files: RenderFiles = {
  video: '/out/.v.partial.mp4',
  poster: '/out/.v.partial.jpg',
  part: (i) => `/scratch/part-${i}.mp4`,
  soundtrack: '/scratch/soundtrack.m4a',
  concatList: '/scratch/parts.txt',
};
const threads = { encoder: 2, filter: 2 };

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The join of the planned parts, each from its run's video output. */
function joinOfParts(input: RenderRunsInput, runs: RenderRuns) {
  return joinOf(
    input,
    runs.parts.map((run) => ({ range: run.range, path: run.outputs[0]!.path })),
  );
}

describe('renderRuns', () => {
  it('makes the final MP4 and the poster in one run when there is one part', () => {
    const runs = renderRuns({ plan, ranges: [{ start: 0, end: 480 }], quality: 'draft', threads, files });
    expect(runs.parts).toHaveLength(1);
    const [video, poster] = runs.parts[0]!.outputs;
    expect(video!.path).toBe(files.video);
    expect(option(video!.options, '-c:a')).toBe('aac');
    expect(option(video!.options, '-movflags')).toBe('+faststart');
    expect(option(video!.options, '-threads')).toBe('2');
    expect(option(video!.options, '-frames:v')).toBe('480');
    expect(poster!.path).toBe(files.poster);
  });

  it('encodes parts side by side, sound and poster once each, and joins them by copying', () => {
    const ranges = [
      { start: 0, end: 239 },
      { start: 239, end: 480 },
    ];
    const input = { plan, ranges, quality: 'draft' as const, threads, files };
    const runs = renderRuns(input);
    expect(runs.parts.map((p) => p.range)).toEqual(ranges);
    const joined = joinOfParts(input, runs);
    expect(joined.concatList).toBe(
      concatList([
        { path: '/scratch/part-0.mp4', durationSeconds: 239 / 30 },
        { path: '/scratch/part-1.mp4', durationSeconds: 241 / 30 },
      ]),
    );
    const outputs = runs.parts.flatMap((p) => p.outputs);
    expect(outputs.map((o) => o.path).sort()).toEqual(
      [files.poster, files.soundtrack, '/scratch/part-0.mp4', '/scratch/part-1.mp4'].sort(),
    );
    for (const [i, part] of runs.parts.entries()) {
      const video = part.outputs[0]!;
      expect(video.path).toBe(`/scratch/part-${i}.mp4`);
      expect(option(video.options, '-frames:v')).toBe(String(ranges[i]!.end - ranges[i]!.start));
      expect(option(video.options, '-threads')).toBe('1');
      expect(video.options).not.toContain('-c:a');
      expect(video.options).not.toContain('+faststart');
    }
    // The in-process join gets the same files and lengths as the ffmpeg join's concat list.
    expect(joined.files).toEqual({
      parts: [
        { path: files.part(0), durationSeconds: 239 / 30 },
        { path: files.part(1), durationSeconds: 241 / 30 },
      ],
      soundtrack: files.soundtrack,
      output: files.video,
    });
    const join = joined.run;
    expect(join.inputs[0]).toEqual({ path: files.concatList, options: ['-f', 'concat', '-safe', '0'] });
    expect(join.inputs[1]!.path).toBe(files.soundtrack);
    expect(join.outputs).toEqual([
      {
        path: files.video,
        options: ['-map', '0:v:0', '-map', '1:a:0', '-c', 'copy', '-movflags', '+faststart', '-f', 'mp4'],
      },
    ]);
  });
});

describe('renderRuns comment tag', () => {
  const comment = 'reelforge job=j1 variant=b group=g1';
  const tagged = (args: readonly string[]) => option(args, '-metadata');

  it('tags the final MP4 of a one-part render, and only it', () => {
    const runs = renderRuns({
      plan,
      ranges: [{ start: 0, end: 480 }],
      quality: 'draft',
      threads,
      files,
      comment,
    });
    const [video, poster] = runs.parts[0]!.outputs;
    expect(tagged(video!.options)).toBe(`comment=${comment}`);
    expect(tagged(poster!.options)).toBeUndefined();
  });

  it('tags the joined MP4 of a render in parts, not the parts', () => {
    const ranges = [
      { start: 0, end: 239 },
      { start: 239, end: 480 },
    ];
    const input = { plan, ranges, quality: 'draft' as const, threads, files, comment };
    const runs = renderRuns(input);
    expect(runs.parts.flatMap((p) => p.outputs).some((o) => tagged(o.options) !== undefined)).toBe(false);
    const joined = joinOfParts(input, runs);
    expect(tagged(joined.run.outputs[0]!.options)).toBe(`comment=${comment}`);
    expect(joined.files.comment).toBe(comment);
  });
});

describe('shareThreads', () => {
  it('splits the threads between runs, never below one', () => {
    expect(shareThreads({ encoder: 2, filter: 2 }, 2)).toEqual({ encoder: 1, filter: 1 });
    expect(shareThreads({ encoder: 4, filter: 2 }, 2)).toEqual({ encoder: 2, filter: 1 });
    expect(shareThreads({ encoder: 1, filter: 1 }, 3)).toEqual({ encoder: 1, filter: 1 });
  });
});

describe('concatList', () => {
  it('lists files as quoted file: URLs with their exact durations, quotes escaped the concat demuxer way', () => {
    const list = concatList([
      { path: '/a/part-0.mp4', durationSeconds: 149 / 30 },
      { path: "/it's/part-1.mp4", durationSeconds: 5 },
    ]);
    expect(list).toBe(
      "file 'file:/a/part-0.mp4'\nduration 4.966667\nfile 'file:/it'\\''s/part-1.mp4'\nduration 5.000000\n",
    );
  });
});
