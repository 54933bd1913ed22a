import { boxList, child, children, sampleEntry, timescaleAndDuration, type Box } from './mp4-boxes.js';
import {
  readChunkOffsets,
  readCtts,
  readStss,
  readStsz,
  readStts,
  sampleOffsets,
  type SampleTables,
} from './mp4-tables.js';

/** Thrown when an input of the in-process join is not what our renders write (mp4-join.ts). */
export class Mp4JoinRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Mp4JoinRefused';
  }
}

/** One edit of an edit list (`elst`): where the media starts, and at what rate (16.16). */
export interface Edit {
  readonly mediaTime: number;
  readonly rate: number;
}

/** The one track of an input file, as the join reads and rewrites it. */
export interface Mp4Track {
  readonly handler: string;
  /** The `trak` body, rewritten around new tables for the output. */
  readonly trak: Buffer;
  readonly format: string;
  readonly stsd: Buffer;
  readonly timescale: number;
  /** The edit list's single edit; undefined without one. */
  readonly edit?: Edit;
  readonly tables: SampleTables;
  /** Each sample's offset in its file. */
  readonly offsets: readonly number[];
  /** The `stbl` boxes other than the sample description and the tables above, in order. */
  readonly otherTables: readonly Box[];
}

/** The tables the join rebuilds; any other box in a video `stbl` makes it refuse. */
const SAMPLE_TABLES = new Set(['stsd', 'stts', 'ctts', 'stss', 'stsz', 'stsc', 'stco', 'co64']);

/**
 * The single track of a `moov` box body. Refuses (Mp4JoinRefused) a fragmented file, more or
 * fewer than one track, a missing or malformed sample table and more than one sample description.
 */
export function readOnlyTrack(moov: Buffer, name: string): Mp4Track {
  const boxes = children(moov);
  if (boxes.has('mvex')) throw new Mp4JoinRefused(`${name} is a fragmented MP4`);
  const traks = boxes.get('trak') ?? [];
  if (traks.length !== 1) throw new Mp4JoinRefused(`${name} has ${traks.length} tracks, not 1`);
  const trak = traks[0]!;
  const mdia = child(trak, 'mdia');
  const mdhd = child(mdia, 'mdhd');
  const stbl = child(mdia, 'minf', 'stbl');
  const stsd = child(stbl, 'stsd');
  const entry = sampleEntry(stsd);
  if (!mdia || !mdhd || !stbl || !stsd || !entry || stsd.readUInt32BE(4) !== 1) {
    throw new Mp4JoinRefused(`${name} has no single sample description`);
  }
  try {
    const table = (type: string) => child(stbl, type);
    const need = (type: string) => {
      const found = table(type);
      if (!found) throw new Mp4JoinRefused(`${name} has no ${type}`);
      return found;
    };
    const sizes = readStsz(need('stsz'));
    const durations = readStts(need('stts'));
    if (durations.length !== sizes.length) {
      throw new Mp4JoinRefused(`${name}: stts has ${durations.length} samples, stsz ${sizes.length}`);
    }
    const co64 = table('co64');
    const chunkOffsets = co64 ? readChunkOffsets(co64, true) : readChunkOffsets(need('stco'), false);
    const ctts = table('ctts');
    const stss = table('stss');
    const compositionOffsets = ctts ? readCtts(ctts) : undefined;
    if (compositionOffsets && compositionOffsets.length !== sizes.length) {
      throw new Mp4JoinRefused(`${name}: ctts has ${compositionOffsets.length} samples, not ${sizes.length}`);
    }
    return {
      handler: child(mdia, 'hdlr')?.toString('latin1', 8, 12) ?? '',
      trak,
      format: entry.format,
      stsd,
      timescale: timescaleAndDuration(mdhd).timescale,
      edit: readEdit(child(trak, 'edts', 'elst'), name),
      tables: {
        durations,
        sizes,
        ...(compositionOffsets ? { compositionOffsets } : {}),
        ...(stss ? { syncSamples: readStss(stss) } : {}),
      },
      offsets: sampleOffsets(need('stsc'), chunkOffsets, sizes),
      otherTables: boxList(stbl).filter((b) => !SAMPLE_TABLES.has(b.type)),
    };
  } catch (error) {
    if (error instanceof RangeError) throw new Mp4JoinRefused(`${name}: ${error.message}`);
    throw error;
  }
}

/** The single edit that maps the media's start (x264's B-frame delay, AAC priming) to time 0. */
function readEdit(elst: Buffer | undefined, name: string): Edit | undefined {
  if (!elst) return undefined;
  const version = elst.readUInt8(0);
  const count = elst.length >= 8 ? elst.readUInt32BE(4) : 0;
  const entrySize = version === 1 ? 20 : 12;
  if (count !== 1 || elst.length < 8 + entrySize) {
    throw new Mp4JoinRefused(`${name} has ${count} edits, not 1`);
  }
  const mediaTime = version === 1 ? Number(elst.readBigInt64BE(16)) : elst.readInt32BE(12);
  const rate = elst.readUInt32BE(version === 1 ? 24 : 16);
  if (mediaTime < 0) throw new Mp4JoinRefused(`${name} starts with an empty edit`);
  return { mediaTime, rate };
}
