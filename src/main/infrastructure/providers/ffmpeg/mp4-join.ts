/**
 * Joins a render's video parts and its soundtrack into the final MP4 in this process, in place of
 * a third ffmpeg run (the concat demuxer with `-c copy`, see renderRuns' join run). Why: that run
 * took ≈ 0.28 s of wall time on the render's critical path, half of it only ffmpeg starting
 * (loading ≈ 216 shared libraries), with both cores otherwise idle. Here a 30 s render's join took
 * ≈ 25–40 ms in the CLI (most of it V8 running this code for the first time; the copy ≈ 4 ms), an
 * 86 MB one ≈ 65 ms. The result has the same packets as ffmpeg's join (test/ffmpeg/mp4-join.test.ts).
 * Anything not shaped the way our own parts are (mp4-join-plan.ts says what it checks) is left to
 * the ffmpeg join. It also writes the skipped frames of the holds the parts left out
 * (hold-frames.ts), which the ffmpeg join cannot. */
import { open, type FileHandle } from 'node:fs/promises';
import { readerOf, topLevelBoxes } from './mp4-boxes.js';
import { planJoin, type JoinSource } from './mp4-join-plan.js';
import type { SkippedRun } from './hold-frames.js';
import { skippedFrameInserts } from './hold-inserts.js';
import type { SampleInsert } from './mp4-sample-inserts.js';
import { Mp4JoinRefused } from './mp4-track.js';
import { copyRanges } from './range-copy.js';

export { Mp4JoinRefused };

/** The join could not put a render's skipped frames back (why in the message). */
export class SkippedFramesRefused extends Error {
  constructor(reason: string) {
    super(`skipped frames not joined: ${reason}`);
    this.name = 'SkippedFramesRefused';
  }
}

/** What to join: files and lengths as the ffmpeg join's concat list has them. */
export interface Mp4JoinFiles {
  /**
   * The video-only parts in order, each with its exact length (frames / fps) and the runs of
   * skipped frames that go back into it (hold-frames.ts).
   */
  readonly parts: readonly {
    readonly path: string;
    readonly durationSeconds: number;
    readonly skippedRuns?: readonly SkippedRun[];
  }[];
  /** The AAC soundtrack of the whole render. */
  readonly soundtrack: string;
  readonly output: string;
  /** The `comment` tag (which job and variant made the file). */
  readonly comment?: string;
}

/**
 * Writes the joined MP4 to `files.output`: header first, then the samples streamed from the
 * inputs. Throws Mp4JoinRefused when an input is not as expected, before writing anything, and
 * the signal's reason when it is aborted.
 */
export async function joinMp4(files: Mp4JoinFiles, signal: AbortSignal): Promise<void> {
  const paths = [...files.parts.map((p) => p.path), files.soundtrack];
  const inputs: FileHandle[] = [];
  try {
    for (const path of paths) inputs.push(await open(path, 'r'));
    const sources = await Promise.all(inputs.map((input, i) => readSource(input, paths[i]!)));
    const made: Buffer[] = [];
    let madeBytes = 0;
    const inserts: SampleInsert[][] = [];
    for (const [i, part] of files.parts.entries()) {
      const found = await skippedFrameInserts(inputs[i]!, sources[i]!, part.skippedRuns ?? [], madeBytes);
      inserts.push(found.inserts);
      made.push(...found.bytes);
      madeBytes += found.bytes.reduce((n, b) => n + b.length, 0);
    }
    const plan = planJoin({
      parts: files.parts.map((part, i) => ({
        source: sources[i]!,
        durationSeconds: part.durationSeconds,
        inserts: inserts[i]!,
      })),
      soundtrack: sources.at(-1)!,
      comment: files.comment,
      madeBytes,
    });
    signal.throwIfAborted();
    const output = await open(files.output, 'w');
    try {
      await output.write(plan.header);
      await copyRanges([...inputs, Buffer.concat(made)], plan.copies, output, signal);
    } finally {
      await output.close();
    }
  } finally {
    await Promise.all(inputs.map((input) => input.close()));
  }
}

/** A file's `ftyp` and `moov` and whether it is fragmented, read from its top-level boxes. */
async function readSource(file: FileHandle, name: string): Promise<JoinSource> {
  const { size } = await file.stat();
  const read = readerOf(file);
  const boxes = await topLevelBoxes(read, size);
  const moov = boxes.find((b) => b.type === 'moov');
  const ftyp = boxes.find((b) => b.type === 'ftyp');
  if (!moov) throw new Mp4JoinRefused(`${name} has no moov box`);
  return {
    name,
    ...(ftyp ? { ftyp: await read(ftyp.offset, ftyp.size) } : {}),
    moov: await read(moov.offset + moov.headerSize, moov.size - moov.headerSize),
    fileSize: size,
    fragmented: boxes.some((b) => b.type === 'moof'),
  };
}

/**
 * Joins in this process, or with `ffmpegJoin` when that refuses the inputs or fails (nothing is
 * lost: ffmpeg writes the same file), telling `debug` why. An abort is passed on as it is. Parts
 * with skipped runs have no ffmpeg join (the concat demuxer cannot put frames back): their
 * refusal is thrown as SkippedFramesRefused, for the render to be made again without skipping.
 */
export async function joinParts(
  files: Mp4JoinFiles,
  signal: AbortSignal,
  ffmpegJoin: () => Promise<void>,
  debug?: (line: string) => void,
): Promise<void> {
  const started = performance.now();
  try {
    await joinMp4(files, signal);
    debug?.(
      `joined ${files.parts.length} parts in-process in ${(performance.now() - started).toFixed(1)} ms`,
    );
    return;
  } catch (error) {
    if (signal.aborted) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    if (files.parts.some((p) => (p.skippedRuns ?? []).length > 0)) throw new SkippedFramesRefused(reason);
    debug?.(`in-process join not used (${reason}); joining with ffmpeg`);
  }
  await ffmpegJoin();
}
