/**
 * The skipped frames of one part file, made where its holds were left out (hold-frames.ts): each
 * run continues the stream as the part's samples before it left it, read from their slice headers.
 */
import type { FileHandle } from 'node:fs/promises';
import { child, sampleEntry } from './mp4-boxes.js';
import type { JoinSource } from './mp4-join-plan.js';
import type { SampleInsert } from './mp4-sample-inserts.js';
import { Mp4JoinRefused, readOnlyTrack } from './mp4-track.js';
import {
  avcParametersOf,
  pictureHeaderOf,
  skippedFrames,
  streamStateAfter,
  UnsupportedH264,
  type PictureHeader,
} from './h264-skipped-frames.js';
import type { SkippedRun } from './hold-frames.js';

/** Bytes read of a sample to find its slice header (x264's first sample starts with a ≈ 0.7 kB SEI). */
const HEADER_BYTES = 4096;
/** Bytes of a visual sample entry before its boxes (ISO/IEC 14496-12 §12.1.3). */
const VISUAL_ENTRY_FIELDS = 78;

/**
 * The inserts for `runs` of a part, their bytes appended to `made` starting at `madeOffset`.
 * Refuses (Mp4JoinRefused) a stream it cannot continue.
 */
export async function skippedFrameInserts(
  file: FileHandle,
  source: JoinSource,
  runs: readonly SkippedRun[],
  madeOffset: number,
): Promise<{ inserts: SampleInsert[]; bytes: Buffer[] }> {
  if (runs.length === 0) return { inserts: [], bytes: [] };
  const track = readOnlyTrack(source.moov, source.name);
  const entry = sampleEntry(track.stsd);
  const avcC = entry && child(entry.body.subarray(VISUAL_ENTRY_FIELDS), 'avcC');
  if (!avcC) throw new Mp4JoinRefused(`${source.name} has no avcC`);
  try {
    const params = avcParametersOf(avcC);
    const header = async (i: number): Promise<PictureHeader> => {
      const size = track.tables.sizes[i]!;
      const read = async (length: number) => {
        const buffer = Buffer.alloc(length);
        await file.read(buffer, 0, length, track.offsets[i]!);
        return buffer;
      };
      try {
        return pictureHeaderOf(await read(Math.min(size, HEADER_BYTES)), params);
      } catch (error) {
        if (size <= HEADER_BYTES) throw error;
        return pictureHeaderOf(await read(size), params);
      }
    };
    const sync = track.tables.syncSamples;
    const inserts: SampleInsert[] = [];
    const bytes: Buffer[] = [];
    let offset = madeOffset;
    for (const run of runs) {
      const before = run.afterKept;
      if (before < 1 || before > track.tables.sizes.length) {
        throw new Mp4JoinRefused(
          `${source.name} has ${track.tables.sizes.length} frames, a run follows frame ${before}`,
        );
      }
      // The pictures since the last IDR before the run (sample numbers in `sync` are 1-based).
      const groupStart = sync
        ? Math.max(0, ...sync.filter((n) => n <= before).map((n) => n - 1))
        : before - 1;
      // What follows the run must not refer back across it: an IDR picture (a sync sample may
      // also be an I picture of an open group, which could).
      if (before < track.tables.sizes.length && !(await header(before)).idr) {
        throw new Mp4JoinRefused(
          `${source.name}: frame ${before + 1} after skipped frames is not an IDR picture`,
        );
      }
      const pictures: PictureHeader[] = [];
      for (let i = groupStart; i < before; i += 1) pictures.push(await header(i));
      const frames = skippedFrames(params, streamStateAfter(pictures, params), run.count);
      inserts.push({
        before,
        sizes: frames.map((f) => f.length),
        offsets: frames.map((f) => {
          const at = offset;
          offset += f.length;
          return at;
        }),
      });
      bytes.push(...frames);
    }
    return { inserts, bytes };
  } catch (error) {
    if (error instanceof UnsupportedH264 || error instanceof RangeError) {
      throw new Mp4JoinRefused(`${source.name}: ${error.message}`);
    }
    throw error;
  }
}
