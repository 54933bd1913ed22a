import { box, versionAndFlags, words } from './mp4-boxes.js';

/**
 * An MP4 track's sample tables (ISO/IEC 14496-12 §8.6–8.7), one entry per sample, as the join of
 * a render's parts reads them from its inputs and writes them back (mp4-join.ts). The readers take
 * box bodies and throw a RangeError on a table that runs past its box.
 */

/** A track's samples: durations (decode time steps), sizes, composition offsets and sync samples. */
export interface SampleTables {
  readonly durations: readonly number[];
  readonly sizes: readonly number[];
  /** Presentation minus decode time per sample; undefined: all 0 (no B-frames). */
  readonly compositionOffsets?: readonly number[];
  /** Numbers (from 1) of the samples a decoder can start at; undefined: every sample. */
  readonly syncSamples?: readonly number[];
}

/**
 * One track made of `parts` played one after another: their samples in order, each part's sync
 * sample numbers shifted by the samples before it. A part without a table of sync samples or
 * composition offsets has every sample a sync sample and offsets of 0; the result has such a table
 * when any part has one.
 */
export function concatSampleTables(parts: readonly SampleTables[]): SampleTables {
  const durations: number[] = [];
  const sizes: number[] = [];
  const compositionOffsets: number[] = [];
  const syncSamples: number[] = [];
  for (const part of parts) {
    const before = sizes.length;
    part.durations.forEach((d) => durations.push(d));
    part.sizes.forEach((s) => sizes.push(s));
    part.sizes.forEach((_, i) => compositionOffsets.push(part.compositionOffsets?.[i] ?? 0));
    if (part.syncSamples) part.syncSamples.forEach((n) => syncSamples.push(n + before));
    else part.sizes.forEach((_, i) => syncSamples.push(before + i + 1));
  }
  return {
    durations,
    sizes,
    ...(parts.some((p) => p.compositionOffsets) ? { compositionOffsets } : {}),
    ...(parts.some((p) => p.syncSamples) ? { syncSamples } : {}),
  };
}

/** Each sample's duration, from `stts` (run-length: count, delta). */
export function readStts(stts: Buffer): number[] {
  return expandRuns(stts, 'stts');
}

/** Each sample's composition offset, from `ctts` (run-length; signed in version 1). */
export function readCtts(ctts: Buffer): number[] {
  const signed = ctts.readUInt8(0) === 1;
  const count = entryCount(ctts, 8, 'ctts');
  const out: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const n = runLength(ctts.readUInt32BE(8 + i * 8), out.length);
    const offset = signed ? ctts.readInt32BE(12 + i * 8) : ctts.readUInt32BE(12 + i * 8);
    for (let k = 0; k < n; k += 1) out.push(offset);
  }
  return out;
}

/** The sync samples' numbers (from 1), from `stss`. */
export function readStss(stss: Buffer): number[] {
  const count = entryCount(stss, 4, 'stss');
  return Array.from({ length: count }, (_, i) => stss.readUInt32BE(8 + i * 4));
}

/** Each sample's size, from `stsz` (one size for all, or a table). */
export function readStsz(stsz: Buffer): number[] {
  if (stsz.length < 12) throw new RangeError('stsz is too short');
  const fixed = stsz.readUInt32BE(4);
  const count = stsz.readUInt32BE(8);
  if (count > MAX_SAMPLES) throw new RangeError(`more than ${MAX_SAMPLES} samples`);
  if (fixed !== 0) return new Array<number>(count).fill(fixed);
  if (12 + count * 4 > stsz.length) throw new RangeError('stsz runs past its box');
  return Array.from({ length: count }, (_, i) => stsz.readUInt32BE(12 + i * 4));
}

/** The chunks' file offsets, from `stco` (32-bit) or `co64`. */
export function readChunkOffsets(table: Buffer, wide: boolean): number[] {
  const count = entryCount(table, wide ? 8 : 4, wide ? 'co64' : 'stco');
  return Array.from({ length: count }, (_, i) =>
    wide ? Number(table.readBigUInt64BE(8 + i * 8)) : table.readUInt32BE(8 + i * 4),
  );
}

/**
 * Each sample's file offset: `stsc` says how many samples each chunk holds (runs of chunks from a
 * first chunk number on), the samples of a chunk lie one after another from its offset.
 */
export function sampleOffsets(
  stsc: Buffer,
  chunkOffsets: readonly number[],
  sizes: readonly number[],
): number[] {
  const count = entryCount(stsc, 12, 'stsc');
  const runs = Array.from({ length: count }, (_, i) => ({
    firstChunk: stsc.readUInt32BE(8 + i * 12),
    perChunk: stsc.readUInt32BE(12 + i * 12),
  }));
  const offsets: number[] = [];
  let run = 0;
  for (let chunk = 0; chunk < chunkOffsets.length && offsets.length < sizes.length; chunk += 1) {
    while (run + 1 < runs.length && runs[run + 1]!.firstChunk <= chunk + 1) run += 1;
    let at = chunkOffsets[chunk]!;
    for (let k = 0; k < (runs[run]?.perChunk ?? 0) && offsets.length < sizes.length; k += 1) {
      offsets.push(at);
      at += sizes[offsets.length - 1]!;
    }
  }
  if (offsets.length !== sizes.length) {
    throw new RangeError(`stsc and stco place ${offsets.length} of ${sizes.length} samples`);
  }
  return offsets;
}

export function writeStts(durations: readonly number[]): Buffer {
  const runs = toRuns(durations);
  return box('stts', versionAndFlags(0), words([runs.length, ...runs.flatMap((r) => [r.count, r.value])]));
}

/** Version 1 (signed offsets) only when an offset is negative, as ffmpeg writes it. */
export function writeCtts(offsets: readonly number[]): Buffer {
  const runs = toRuns(offsets);
  const signed = offsets.some((o) => o < 0);
  return box(
    'ctts',
    versionAndFlags(signed ? 1 : 0),
    words([runs.length, ...runs.flatMap((r) => [r.count, r.value])]),
  );
}

export function writeStss(syncSamples: readonly number[]): Buffer {
  return box('stss', versionAndFlags(0), words([syncSamples.length, ...syncSamples]));
}

/** One size for all samples when they are all alike (as ffmpeg writes it), else a table. */
export function writeStsz(sizes: readonly number[]): Buffer {
  const fixed = sizes.length > 0 && sizes.every((s) => s === sizes[0]) ? sizes[0]! : 0;
  return box('stsz', versionAndFlags(0), words([fixed, sizes.length, ...(fixed ? [] : sizes)]));
}

/** Samples per chunk, as runs of chunks holding the same number (first chunk, count, entry 1). */
export function writeStsc(samplesPerChunk: readonly number[]): Buffer {
  const entries: number[] = [];
  samplesPerChunk.forEach((n, i) => {
    if (i === 0 || n !== samplesPerChunk[i - 1]) entries.push(i + 1, n, 1);
  });
  return box('stsc', versionAndFlags(0), words([entries.length / 3, ...entries]));
}

/** `stco`, or `co64` when an offset does not fit 32 bits. */
export function writeChunkOffsets(offsets: readonly number[]): Buffer {
  if (offsets.every((o) => o <= 0xffffffff))
    return box('stco', versionAndFlags(0), words([offsets.length, ...offsets]));
  const body = Buffer.alloc(offsets.length * 8);
  offsets.forEach((o, i) => body.writeBigUInt64BE(BigInt(o), i * 8));
  return box('co64', versionAndFlags(0), words([offsets.length]), body);
}

/** Runs of equal values (a sample table's run-length form). */
export function toRuns(values: readonly number[]): { count: number; value: number }[] {
  const runs: { count: number; value: number }[] = [];
  for (const value of values) {
    const last = runs.at(-1);
    if (last && last.value === value) last.count += 1;
    else runs.push({ count: 1, value });
  }
  return runs;
}

function expandRuns(table: Buffer, name: string): number[] {
  const count = entryCount(table, 8, name);
  const out: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const n = runLength(table.readUInt32BE(8 + i * 8), out.length);
    const value = table.readUInt32BE(12 + i * 8);
    for (let k = 0; k < n; k += 1) out.push(value);
  }
  return out;
}

/**
 * A run's length, refused when the samples would pass MAX_SAMPLES: a corrupt count would
 * otherwise fill the memory expanding it.
 */
function runLength(count: number, samplesBefore: number): number {
  if (samplesBefore + count > MAX_SAMPLES) throw new RangeError(`more than ${MAX_SAMPLES} samples`);
  return count;
}

/** Far more than any render has (an hour of 60 fps video is 216 000 frames). */
const MAX_SAMPLES = 10_000_000;

/** A table's entry count, checked against its box's length. */
function entryCount(table: Buffer, entrySize: number, name: string): number {
  if (table.length < 8) throw new RangeError(`${name} is too short`);
  const count = table.readUInt32BE(4);
  if (8 + count * entrySize > table.length) throw new RangeError(`${name} runs past its box`);
  return count;
}
