// The FFmpeg provider joins a render's parts in-process (mp4-join.ts) instead of with a third
// ffmpeg run; this holds that join to the ffmpeg join's file, on parts made with the provider's
// own encoder options, and checks that inputs it cannot join go to ffmpeg.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { VideoQuality } from '#core/video-quality.js';
import {
  encodeOptions,
  soundtrackOptions,
} from '../../src/main/infrastructure/providers/ffmpeg/encoder-options.js';
import { runFfmpeg } from '../../src/main/infrastructure/providers/ffmpeg/ffmpeg-adapter.js';
import {
  child,
  children,
  readerOf,
  topLevelBoxes,
  withTrackId,
} from '../../src/main/infrastructure/providers/ffmpeg/mp4-boxes.js';
import {
  joinMp4,
  joinParts,
  Mp4JoinRefused,
} from '../../src/main/infrastructure/providers/ffmpeg/mp4-join.js';
import { probeMp4 } from '../../src/main/infrastructure/providers/ffmpeg/mp4-probe.js';
import { planRender } from '../../src/main/infrastructure/providers/ffmpeg/render-plan.js';
import { joinOf, type JoinSteps } from '../../src/main/infrastructure/providers/ffmpeg/render-runs.js';
import { makeTempDir } from '../support/temp-dir.js';
import { FFMPEG, FFPROBE, HAS_FFMPEG } from '../support/media-tools.js';
import { assetsFor, timelineOf } from './plan-fixtures.js';

const temp = makeTempDir('reelforge-mp4-join-');
afterAll(temp.cleanup);
const binaries = { ffmpegPath: FFMPEG, ffprobePath: FFPROBE };
const signal = () => new AbortController().signal;
const COMMENT = 'reelforge job=job-join-1 variant=b group=g-1';
const FPS = 30;
type JoinStep = JoinSteps;

/**
 * A render of `cuts.at(-1)` frames in parts cut at `cuts`, as the provider makes it: each part
 * encoded by ffmpeg with the provider's options (testsrc2 standing in for the filter graph), the
 * soundtrack with its own, and the join as the provider plans it (`joinOf`).
 */
function makeParts(name: string, quality: VideoQuality, cuts: number[], partSize = (_: number) => '270x480') {
  const dir = join(temp.path, name);
  mkdirSync(dir);
  const total = cuts.at(-1)!;
  const timeline = timelineOf([total / FPS]);
  const plan = planRender({ timeline, frame: { width: 270, height: 480 }, assets: assetsFor(timeline) });
  const ranges = cuts.slice(0, -1).map((start, i) => ({ start, end: cuts[i + 1]! }));
  const files = {
    video: join(dir, 'ffmpeg.mp4'),
    poster: join(dir, 'poster.jpg'),
    part: (i: number) => join(dir, `part-${i}.mp4`),
    soundtrack: join(dir, 'soundtrack.m4a'),
    concatList: join(dir, 'parts.txt'),
  };
  const threads = { encoder: 1, filter: 1 };
  const joinStep = joinOf(
    { plan, ranges, quality, threads, files, comment: COMMENT },
    ranges.map((range, i) => ({ range, path: files.part(i) })),
  );
  ranges.forEach(({ start, end }, i) => {
    const source = `testsrc2=s=${partSize(i)}:r=${FPS}:d=${total / FPS}`;
    const graph = `[0:v]trim=start_frame=${start}:end_frame=${end},setpts=PTS-STARTPTS[v]`;
    const options = encodeOptions({ quality, fps: FPS, totalFrames: end - start, videoOutput: 'v', threads });
    ffmpeg(['-f', 'lavfi', '-i', source, '-filter_complex', graph, ...options, files.part(i)]);
  });
  const sound = `sine=f=440:d=${total / FPS}:sample_rate=48000`;
  ffmpeg([
    '-f',
    'lavfi',
    '-i',
    sound,
    '-filter_complex',
    '[0:a]anull[a]',
    ...soundtrackOptions(quality, 'a'),
    files.soundtrack,
  ]);
  writeFileSync(files.concatList, joinStep.concatList);
  return { dir, files, joinStep };
}

function ffmpeg(args: string[]): void {
  execFileSync(FFMPEG, ['-v', 'error', '-y', ...args]);
}

/** The ffmpeg join as the provider runs it, plus `inputOptions` for the concat input. */
async function ffmpegJoin(step: JoinStep, inputOptions: string[] = []): Promise<void> {
  const [list, ...rest] = step.run.inputs;
  const run = { ...step.run, inputs: [{ ...list!, options: [...inputOptions, ...list!.options] }, ...rest] };
  await runFfmpeg(binaries, run, { signal: signal() });
}

interface Packet {
  readonly pts: string;
  readonly dts: string;
  readonly duration: string;
  readonly size: number;
  readonly flags: string;
  readonly hash: string;
}

function packets(path: string, stream: 'v:0' | 'a:0'): Packet[] {
  const csv = execFileSync(
    FFPROBE,
    [
      ...['-v', 'error', '-select_streams', stream, '-show_data_hash', 'md5'],
      ...['-show_entries', 'packet=pts,dts,duration,size,flags,data_hash', '-of', 'csv=p=0', path],
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return csv
    .trim()
    .split('\n')
    .map((line) => {
      const [pts, dts, duration, size, flags, hash] = line.split(',');
      return { pts: pts!, dts: dts!, duration: duration!, size: Number(size), flags: flags!, hash: hash! };
    });
}

/** MD5 of each decoded frame (`-f framemd5`), without the header naming the file. */
function frameMd5(path: string, stream: 'v:0' | 'a:0'): string[] {
  const out = execFileSync(
    FFMPEG,
    ['-v', 'error', '-i', path, '-map', `0:${stream}`, '-f', 'framemd5', '-'],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return out.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
}

function formatOf(path: string): { duration: number; comment?: string } {
  const json = execFileSync(
    FFPROBE,
    ['-v', 'error', '-show_entries', 'format=duration:format_tags=comment', '-of', 'json', path],
    { encoding: 'utf8' },
  );
  const format = (JSON.parse(json) as { format: { duration: string; tags?: { comment?: string } } }).format;
  return { duration: Number(format.duration), comment: format.tags?.comment };
}

/** The file's top-level box types in order, and its moov body. */
async function topLevel(path: string): Promise<{ types: string[]; moov: Buffer }> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const read = readerOf(file);
    const boxes = await topLevelBoxes(read, size);
    const moov = boxes.find((b) => b.type === 'moov')!;
    return { types: boxes.map((b) => b.type), moov: await read(moov.offset + 8, moov.size - 8) };
  } finally {
    await file.close();
  }
}

type Tables = Record<string, string | undefined>;

/**
 * The movie header, and per track the headers and sample tables that say what each sample is and
 * when it plays (hex), as opposed to where it lies (stsc, stco: the join interleaves by the second,
 * ffmpeg by the packet) and the sample descriptions' bit rate fields. `trackId` renumbers tracks.
 */
async function timingBoxes(
  path: string,
  trackId = (i: number) => i + 1,
): Promise<{ mvhd?: string; tracks: Tables[] }> {
  const { moov } = await topLevel(path);
  const tracks = (children(moov).get('trak') ?? []).map((trak, i) => {
    const stbl = child(trak, 'mdia', 'minf', 'stbl');
    const tkhd = child(trak, 'tkhd');
    const found: Tables = {
      tkhd: tkhd && withTrackId(tkhd, trackId(i)).toString('hex'),
      elst: child(trak, 'edts', 'elst')?.toString('hex'),
      mdhd: child(trak, 'mdia', 'mdhd')?.toString('hex'),
    };
    for (const table of ['stts', 'stss', 'ctts', 'stsz', 'sgpd', 'sbgp']) {
      found[table] = child(stbl, table)?.toString('hex');
    }
    return found;
  });
  return { mvhd: child(moov, 'mvhd')?.toString('hex'), tracks };
}

/** A packet's timing and flags: what ffprobe shows of it besides its size and bytes. */
const timing = (list: readonly Packet[]) =>
  list.map(({ pts, dts, duration, flags }) => ({ pts, dts, duration, flags }));

describe.skipIf(!HAS_FFMPEG)('the in-process join of a render in parts', () => {
  it.each([
    ['standard', [0, 70, 150, 200]],
    ['draft', [0, 75, 150]],
  ] as const)('writes the same streams as the ffmpeg join (%s quality, cuts %o)', async (quality, cuts) => {
    const { dir, files, joinStep } = makeParts(quality, quality, [...cuts]);
    const mine = join(dir, 'node.mp4');
    await joinMp4({ ...joinStep.files, output: mine }, signal());
    await ffmpegJoin(joinStep);
    const theirs = files.video;

    expect((await topLevel(mine)).types).toEqual(['ftyp', 'moov', 'mdat']);
    expect(formatOf(mine)).toEqual(formatOf(theirs));
    expect(formatOf(mine).comment).toBe(COMMENT);
    // The movie's duration is in milliseconds, rounded up.
    expect(formatOf(mine).duration).toBeCloseTo(cuts.at(-1)! / FPS, 2);
    expect((await probeMp4(mine)).durationSeconds).toBe(formatOf(mine).duration);

    // Timing, flags and sizes of every packet. The ffmpeg join's concat demuxer turns H.264 into
    // Annex B and back, which puts the SPS and PPS in front of each part's first keyframe: the same
    // number of bytes more there, nowhere else.
    const video = packets(mine, 'v:0');
    const theirVideo = packets(theirs, 'v:0');
    expect(video).toHaveLength(cuts.at(-1)!);
    expect(timing(video)).toEqual(timing(theirVideo));
    const extra = theirVideo.map((p, i) => p.size - video[i]!.size);
    const keyframes = video.flatMap((p, i) => (p.flags.startsWith('K') ? [i] : []));
    expect(keyframes).toEqual(cuts.slice(0, -1));
    expect(extra.filter((_, i) => !keyframes.includes(i)).every((d) => d === 0)).toBe(true);
    const inBand = extra[0]!;
    expect(inBand).toBeGreaterThan(0);
    expect(keyframes.map((i) => extra[i])).toEqual(keyframes.map(() => inBand));
    expect(packets(mine, 'a:0')).toEqual(packets(theirs, 'a:0'));

    // Without that conversion (-auto_convert 0) ffmpeg's join has exactly our packets, bytes too.
    await ffmpegJoin(joinStep, ['-auto_convert', '0']);
    expect(packets(mine, 'v:0')).toEqual(packets(theirs, 'v:0'));
    // And the same tables: ffprobe takes keyframe flags from the H.264 itself, not from stss.
    const tables = await timingBoxes(mine);
    const theirTables = await timingBoxes(theirs);
    expect(tables.tracks[0]!['stss']).toBeDefined();
    expect(tables.mvhd).toBe(theirTables.mvhd);
    expect(tables.tracks[0]).toEqual(theirTables.tracks[0]);
    // The sound is the soundtrack's track as it is, as track 2. (ffmpeg's join may differ in the
    // last AAC frame's duration: its demuxer shortens that packet to where the edit list ends, and
    // the muxer writes it so; the packets ffprobe reads and the decoded sound are the same.)
    const soundtrack = await timingBoxes(files.soundtrack, () => 2);
    expect(tables.tracks.slice(1)).toEqual(soundtrack.tracks);

    expect(frameMd5(mine, 'v:0')).toEqual(frameMd5(theirs, 'v:0'));
    expect(frameMd5(mine, 'a:0')).toEqual(frameMd5(theirs, 'a:0'));
  });

  it('leaves parts of different frame sizes to ffmpeg, whose join is the result', async () => {
    const { dir, files, joinStep } = makeParts('mismatch', 'draft', [0, 45, 90], (i) =>
      i === 0 ? '270x480' : '272x480',
    );
    const mine = join(dir, 'node.mp4');
    await expect(joinMp4({ ...joinStep.files, output: mine }, signal())).rejects.toThrow(Mp4JoinRefused);
    await expect(joinMp4({ ...joinStep.files, output: mine }, signal())).rejects.toThrow(
      /sample description differs/,
    );

    const debug: string[] = [];
    const output = join(dir, 'joined.mp4');
    await joinParts(
      { ...joinStep.files, output },
      signal(),
      () => ffmpegJoin({ ...joinStep, run: runTo(joinStep, output) }),
      (l) => debug.push(l),
    );
    expect(debug).toEqual([
      expect.stringMatching(
        /in-process join not used \(.*sample description differs.*\); joining with ffmpeg/,
      ),
    ]);
    await ffmpegJoin(joinStep);
    expect(readFileSync(output).equals(readFileSync(files.video))).toBe(true);
    expect(frameMd5(output, 'v:0')).toHaveLength(90);
    expect(formatOf(output).comment).toBe(COMMENT);
  });

  it('stops on abort without writing, and does not fall back to ffmpeg', async () => {
    const { dir, joinStep } = makeParts('abort', 'draft', [0, 30, 60]);
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the test'));
    const output = join(dir, 'node.mp4');
    let ffmpegJoined = false;
    const joining = joinParts({ ...joinStep.files, output }, controller.signal, async () => {
      ffmpegJoined = true;
    });
    await expect(joining).rejects.toThrow('cancelled by the test');
    expect(ffmpegJoined).toBe(false);
    await expect(stat(output)).rejects.toThrow(/ENOENT/);
  });
});

/** The join run writing to `output` instead. */
function runTo(step: JoinStep, output: string) {
  return { ...step.run, outputs: [{ ...step.run.outputs[0]!, path: output }] };
}
