/**
 * Where the samples of the joined MP4 go in its `mdat` (mp4-join.ts): the tracks take turns a
 * second at a time, so a player reading the file from the start (progressive download, "moov
 * first") always has the sound that goes with the pictures it has. ffmpeg's own join alternates
 * at every packet (a chunk per video frame, then the AAC frames of its time); a second per chunk
 * plays back the same way with a few hundred bytes of chunk tables instead of tens of kB on a
 * long render. MP4Box interleaves the same way by default (every 0.5 s).
 */

/** A track as the layout needs it: its samples' durations (in its timescale) and sizes. */
export interface LayoutTrack {
  readonly timescale: number;
  readonly durations: readonly number[];
  readonly sizes: readonly number[];
}

/** A run of one track's samples written one after another. */
export interface Chunk {
  readonly track: number;
  readonly firstSample: number;
  readonly samples: number;
  readonly bytes: number;
}

/** Each track's chunks as its `stsc` and `stco` describe them. */
export interface TrackChunks {
  readonly samplesPerChunk: number[];
  readonly offsets: number[];
}

/** How much of each track one chunk holds, in seconds of decode time. */
export const CHUNK_SECONDS = 1;

/**
 * The chunks in file order: each track's samples are cut where their decode time enters another
 * `seconds` step, and chunks are ordered by the step they start in, tracks in the order given
 * within a step (the video first, so its chunk and the sound of the same second arrive together).
 */
export function interleave(tracks: readonly LayoutTrack[], seconds = CHUNK_SECONDS): Chunk[] {
  const perTrack = tracks.map((track, index) => ({ index, chunks: chunksOf(track, index, seconds) }));
  const ordered: { step: number; track: number; chunk: Chunk }[] = perTrack.flatMap(({ index, chunks }) =>
    chunks.map(({ step, chunk }) => ({ step, track: index, chunk })),
  );
  ordered.sort((a, b) => a.step - b.step || a.track - b.track || a.chunk.firstSample - b.chunk.firstSample);
  return ordered.map((o) => o.chunk);
}

function chunksOf(track: LayoutTrack, index: number, seconds: number): { step: number; chunk: Chunk }[] {
  const stepTicks = track.timescale * seconds;
  const out: { step: number; chunk: Chunk }[] = [];
  let decodeTime = 0;
  let current: { step: number; firstSample: number; samples: number; bytes: number } | undefined;
  track.sizes.forEach((size, sample) => {
    const step = Math.floor(decodeTime / stepTicks);
    if (!current || current.step !== step) {
      if (current) out.push(finish(current, index));
      current = { step, firstSample: sample, samples: 0, bytes: 0 };
    }
    current.samples += 1;
    current.bytes += size;
    decodeTime += track.durations[sample] ?? 0;
  });
  if (current) out.push(finish(current, index));
  return out;
}

function finish(
  c: { step: number; firstSample: number; samples: number; bytes: number },
  track: number,
): { step: number; chunk: Chunk } {
  return { step: c.step, chunk: { track, firstSample: c.firstSample, samples: c.samples, bytes: c.bytes } };
}

/** Each track's samples per chunk and chunk offsets when the chunks follow each other from `dataStart`. */
export function chunkTables(chunks: readonly Chunk[], trackCount: number, dataStart: number): TrackChunks[] {
  const tables = Array.from({ length: trackCount }, (): TrackChunks => ({
    samplesPerChunk: [],
    offsets: [],
  }));
  let at = dataStart;
  for (const chunk of chunks) {
    const table = tables[chunk.track]!;
    table.samplesPerChunk.push(chunk.samples);
    table.offsets.push(at);
    at += chunk.bytes;
  }
  return tables;
}
