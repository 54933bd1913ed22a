import {
  box,
  boxList,
  child,
  editChildren,
  sampleEntry,
  timescaleAndDuration,
  withDuration,
  withTrackId,
  withTrackIdAndDuration,
  words,
} from './mp4-boxes.js';
import {
  editList,
  metadata,
  withAverageBitrate,
  withNextTrackId,
  withoutBitrates,
} from './mp4-join-boxes.js';
import { chunkTables, interleave, type Chunk, type TrackChunks } from './mp4-interleave.js';
import { isAac } from './mp4-probe.js';
import {
  concatSampleTables,
  writeChunkOffsets,
  writeCtts,
  writeStsc,
  writeStss,
  writeStsz,
  writeStts,
  type SampleTables,
} from './mp4-tables.js';
import type { ByteRange } from './range-copy.js';
import { Mp4JoinRefused, readOnlyTrack, type Edit, type Mp4Track } from './mp4-track.js';
import { withInserts, type SampleInsert } from './mp4-sample-inserts.js';

/** An input file of the join as read from its top-level boxes. */
export interface JoinSource {
  /** Named in the reasons for refusing. */
  readonly name: string;
  /** The whole `ftyp` box. */
  readonly ftyp?: Buffer;
  /** The `moov` box body. */
  readonly moov: Buffer;
  readonly fileSize: number;
  /** Has a `moof` box (samples outside the `moov`'s tables). */
  readonly fragmented: boolean;
}

export interface JoinPlanInput {
  /**
   * The video-only parts in order, each with the length the render gave it and the skipped frames
   * that go into it (their bytes in `made`, input number parts.length + 1 of the copies).
   */
  readonly parts: readonly {
    readonly source: JoinSource;
    readonly durationSeconds: number;
    readonly inserts?: readonly SampleInsert[];
  }[];
  readonly soundtrack: JoinSource;
  /** The `comment` tag (ffmpeg's `-metadata comment=`). */
  readonly comment?: string;
  /** Bytes of the made samples the inserts point into. */
  readonly madeBytes?: number;
}

export interface JoinPlan {
  /** The file's first bytes: `ftyp`, `moov` and the `mdat` header. */
  readonly header: Buffer;
  /**
   * The `mdat`'s content, in order: byte ranges of the inputs (the parts in order, then the
   * soundtrack, then the made samples).
   */
  readonly copies: readonly ByteRange[];
}

/**
 * The joined MP4 as ffmpeg's concat-and-copy join writes it (see renderRuns): `ftyp` of part 0,
 * then `moov` (faststart), then `mdat`; the video track is the parts' samples one after another
 * under part 0's sample description, edit list and headers, the audio track is the soundtrack's.
 * Two differences, neither seen by a player: ffmpeg's concat demuxer also repeats the SPS and PPS
 * in front of each part's first keyframe (they are in the sample description already), and ffmpeg
 * shortens the last AAC frame's table entry to where the edit list ends the sound anyway.
 * Refuses (Mp4JoinRefused) inputs it cannot join exactly that way.
 */
export function planJoin(input: JoinPlanInput): JoinPlan {
  const { parts, soundtrack } = input;
  for (const source of [...parts.map((p) => p.source), soundtrack]) {
    if (source.fragmented) throw new Mp4JoinRefused(`${source.name} is a fragmented MP4`);
  }
  if (parts.length === 0) throw new Mp4JoinRefused('no parts to join');
  const first = parts[0]!.source;
  if (!first.ftyp) throw new Mp4JoinRefused(`${first.name} has no ftyp`);
  const videoTracks = parts.map((p) => readOnlyTrack(p.source.moov, p.source.name));
  checkVideoParts(videoTracks, parts);
  const sound = readOnlyTrack(soundtrack.moov, soundtrack.name);
  const soundEntry = sampleEntry(sound.stsd)!;
  if (sound.handler !== 'soun' || soundEntry.format !== 'mp4a' || !isAac(soundEntry.body)) {
    throw new Mp4JoinRefused(`${soundtrack.name} is not one AAC track`);
  }
  // Sample groups (AAC's pre-roll) number samples, which stay as they are; other tables may point
  // into the file (saio) or be unknown here.
  const unknown = sound.otherTables.find((b) => !SOUND_TABLES_KEPT.has(b.type));
  if (unknown) throw new Mp4JoinRefused(`${soundtrack.name} has a ${unknown.type} table`);
  const mvhd = child(first.moov, 'mvhd');
  const soundMvhd = child(soundtrack.moov, 'mvhd');
  if (
    !mvhd ||
    !soundMvhd ||
    timescaleAndDuration(mvhd).timescale !== timescaleAndDuration(soundMvhd).timescale
  ) {
    throw new Mp4JoinRefused('the parts and the soundtrack have different movie timescales');
  }

  const madeSource = parts.length + 1;
  const expanded = videoTracks.map((t, part) =>
    withInserts(
      t.tables,
      t.offsets.map((offset) => ({ source: part, offset })),
      parts[part]!.inserts ?? [],
      madeSource,
    ),
  );
  expanded.forEach(({ tables }, i) => checkLength(tables, videoTracks[i]!.timescale, parts[i]!));
  const video = concatSampleTables(expanded.map((e) => e.tables));
  const samples = [
    expanded.flatMap((e) => e.locations),
    sound.offsets.map((offset) => ({ source: parts.length, offset })),
  ];
  const sizes = [video.sizes, sound.tables.sizes];
  const fileSizes = [...parts.map((p) => p.source.fileSize), soundtrack.fileSize, input.madeBytes ?? 0];
  samples.forEach((list, track) =>
    list.forEach(({ source, offset }, i) => {
      if (offset + sizes[track]![i]! > fileSizes[source]!) {
        throw new Mp4JoinRefused('a sample lies past the end of its file');
      }
    }),
  );
  const chunks = interleave([
    { timescale: videoTracks[0]!.timescale, durations: video.durations, sizes: video.sizes },
    { timescale: sound.timescale, durations: sound.tables.durations, sizes: sound.tables.sizes },
  ]);
  const movieTimescale = timescaleAndDuration(mvhd).timescale;
  const videoMovieDuration = presentationDuration(video, videoTracks[0]!.timescale, movieTimescale);
  const videoFor = videoTrak(videoTracks[0]!, video, videoMovieDuration);
  const moovFor = (tables: readonly TrackChunks[]) =>
    box(
      'moov',
      box(
        'mvhd',
        withNextTrackId(
          withDuration(mvhd, Math.max(videoMovieDuration, timescaleAndDuration(soundMvhd).duration)),
          3,
        ),
      ),
      box('trak', videoFor(tables[0]!)),
      box('trak', soundTrak(sound, tables[1]!)),
      ...metadata(first.moov, input.comment),
    );
  const header = fileHeader(first.ftyp, chunks, moovFor);
  return { header, copies: byteRanges(chunks, samples, sizes) };
}

/** Tables of the soundtrack's `stbl` copied as they are, besides the sample tables. */
const SOUND_TABLES_KEPT = new Set(['sgpd', 'sbgp']);

/** The parts must differ only in their samples: one H.264 track each, alike, of the length asked. */
function checkVideoParts(tracks: readonly Mp4Track[], parts: JoinPlanInput['parts']): void {
  const [first] = tracks;
  const shape = (t: Mp4Track) => withoutBitrates(t.stsd);
  tracks.forEach((track, i) => {
    const name = parts[i]!.source.name;
    if (track.handler !== 'vide' || track.format !== 'avc1')
      throw new Mp4JoinRefused(`${name} is not H.264 video`);
    if (!shape(track).equals(shape(first!))) {
      throw new Mp4JoinRefused(`${name}'s sample description differs from ${parts[0]!.source.name}'s`);
    }
    if (track.timescale !== first!.timescale || !sameEdit(track.edit, first!.edit)) {
      throw new Mp4JoinRefused(`${name}'s timescale or edit list (B-frame delay) differs`);
    }
    if (track.otherTables.length > 0) {
      throw new Mp4JoinRefused(`${name} has a ${track.otherTables[0]!.type} table`);
    }
  });
}

/** A part with its skipped frames must last exactly the length the render gave it. */
function checkLength(tables: SampleTables, timescale: number, part: JoinPlanInput['parts'][number]): void {
  const ticks = tables.durations.reduce((a, b) => a + b, 0);
  const expected = Math.round(part.durationSeconds * timescale);
  if (ticks !== expected)
    throw new Mp4JoinRefused(`${part.source.name} lasts ${ticks} ticks, not ${expected}`);
}

function sameEdit(a: Edit | undefined, b: Edit | undefined): boolean {
  return a?.mediaTime === b?.mediaTime && a?.rate === b?.rate;
}

/**
 * The track's length in the movie timescale as ffmpeg's muxer computes it for the track header
 * and the edit list: from the first sample's presentation time to the latest end of a sample,
 * rounded up.
 */
export function presentationDuration(
  tables: SampleTables,
  timescale: number,
  movieTimescale: number,
): number {
  let decodeTime = 0;
  let end = 0;
  tables.durations.forEach((duration, i) => {
    end = Math.max(end, decodeTime + (tables.compositionOffsets?.[i] ?? 0) + duration);
    decodeTime += duration;
  });
  const start = tables.compositionOffsets?.[0] ?? 0;
  return Math.ceil(((end - start) * movieTimescale) / timescale);
}

/**
 * The joined video track for given chunks (the tables that do not depend on them are made once:
 * the moov is built at least twice, see fileHeader).
 */
function videoTrak(
  part0: Mp4Track,
  tables: SampleTables,
  movieDuration: number,
): (chunks: TrackChunks) => Buffer {
  const mediaDuration = tables.durations.reduce((a, b) => a + b, 0);
  const bytes = tables.sizes.reduce((a, b) => a + b, 0);
  const averageBitrate = Math.floor((bytes * 8 * part0.timescale) / mediaDuration);
  const descriptionAndTiming = Buffer.concat([
    box('stsd', withAverageBitrate(part0.stsd, averageBitrate)),
    writeStts(tables.durations),
    ...(tables.syncSamples ? [writeStss(tables.syncSamples)] : []),
    ...(tables.compositionOffsets ? [writeCtts(tables.compositionOffsets)] : []),
  ]);
  const stsz = writeStsz(tables.sizes);
  return (chunks) =>
    editChildren(part0.trak, {
      tkhd: (tkhd) => withTrackIdAndDuration(tkhd, 1, movieDuration),
      edts: (edts) => editChildren(edts, { elst: () => editList(movieDuration, part0.edit!) }),
      mdia: (mdia) =>
        editChildren(mdia, {
          mdhd: (mdhd) => withDuration(mdhd, mediaDuration),
          minf: (minf) =>
            editChildren(minf, {
              stbl: () =>
                Buffer.concat([
                  descriptionAndTiming,
                  writeStsc(chunks.samplesPerChunk),
                  stsz,
                  writeChunkOffsets(chunks.offsets),
                ]),
            }),
        }),
    });
}

/** The soundtrack's track as it is, as track 2, with its chunks where the join puts them. */
function soundTrak(sound: Mp4Track, chunks: TrackChunks): Buffer {
  const stbl = (body: Buffer) =>
    Buffer.concat(
      boxList(body).map((b) => {
        if (b.type === 'stsc') return writeStsc(chunks.samplesPerChunk);
        if (b.type === 'stco' || b.type === 'co64') return writeChunkOffsets(chunks.offsets);
        return b.whole;
      }),
    );
  return editChildren(sound.trak, {
    tkhd: (tkhd) => withTrackId(tkhd, 2),
    mdia: (mdia) => editChildren(mdia, { minf: (minf) => editChildren(minf, { stbl }) }),
  });
}

/**
 * `ftyp`, `moov` and the `mdat` header, the `moov` built for the offsets its own size gives the
 * chunks: a `co64` where an offset passes 4 GiB makes the `moov` longer, which moves every chunk,
 * so it is built again until its size holds (twice, or three times near 4 GiB).
 */
function fileHeader(
  ftyp: Buffer,
  chunks: readonly Chunk[],
  moovFor: (tables: readonly TrackChunks[]) => Buffer,
): Buffer {
  const dataBytes = chunks.reduce((sum, c) => sum + c.bytes, 0);
  const mdatHeader = mdatBoxHeader(dataBytes);
  let moov = moovFor(chunkTables(chunks, 2, 0));
  for (let tries = 0; tries < 8; tries += 1) {
    const dataStart = ftyp.length + moov.length + mdatHeader.length;
    const next = moovFor(chunkTables(chunks, 2, dataStart));
    if (next.length === moov.length) return Buffer.concat([ftyp, next, mdatHeader]);
    moov = next;
  }
  throw new Mp4JoinRefused('the moov size does not settle');
}

/** An `mdat` header for `dataBytes` of samples: the 64-bit form only when the 32-bit one cannot hold it. */
function mdatBoxHeader(dataBytes: number): Buffer {
  if (dataBytes + 8 <= 0xffffffff)
    return Buffer.concat([words([dataBytes + 8]), Buffer.from('mdat', 'latin1')]);
  const size = Buffer.alloc(8);
  size.writeBigUInt64BE(BigInt(dataBytes + 16));
  return Buffer.concat([words([1]), Buffer.from('mdat', 'latin1'), size]);
}

/** The chunks' samples as byte ranges of their files, neighbours in the same file merged. */
function byteRanges(
  chunks: readonly Chunk[],
  samples: readonly (readonly { source: number; offset: number }[])[],
  sizes: readonly (readonly number[])[],
): ByteRange[] {
  const ranges: { source: number; offset: number; length: number }[] = [];
  for (const chunk of chunks) {
    for (let i = chunk.firstSample; i < chunk.firstSample + chunk.samples; i += 1) {
      const { source, offset } = samples[chunk.track]![i]!;
      const length = sizes[chunk.track]![i]!;
      const last = ranges.at(-1);
      if (last && last.source === source && last.offset + last.length === offset) last.length += length;
      else ranges.push({ source, offset, length });
    }
  }
  return ranges;
}
