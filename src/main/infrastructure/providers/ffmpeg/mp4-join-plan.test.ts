import { describe, expect, it } from 'vitest';
import { box, boxList, child, children, versionAndFlags, words } from './mp4-boxes.js';
import { planJoin, presentationDuration, type JoinSource } from './mp4-join-plan.js';
import {
  readChunkOffsets,
  readStss,
  writeChunkOffsets,
  writeCtts,
  writeStsc,
  writeStss,
  writeStsz,
  writeStts,
} from './mp4-tables.js';
import { Mp4JoinRefused } from './mp4-track.js';

// Minimal MP4s shaped like ffmpeg's (libx264 parts, an AAC soundtrack), built here so the plan's
// arithmetic and refusals can be checked on any sizes, 4 GiB and more included.

const FTYP = box('ftyp', Buffer.from('isom'), words([512]), Buffer.from('isomiso2avc1mp41'));
const at = (length: number, fields: Record<number, number>) => {
  const body = Buffer.alloc(length);
  for (const [offset, value] of Object.entries(fields)) body.writeUInt32BE(value, Number(offset));
  return body;
};

interface TrackSpec {
  readonly handler: 'vide' | 'soun';
  readonly timescale: number;
  readonly durations: number[];
  readonly sizes: number[];
  readonly entry: Buffer;
  readonly mediaTime?: number;
  readonly ctts?: number[];
  readonly stss?: number[];
  /** Where the samples start in the file (one chunk). */
  readonly dataOffset?: number;
}

function moov(track: TrackSpec, extra: Buffer[] = []): Buffer {
  const mediaDuration = track.durations.reduce((a, b) => a + b, 0);
  const stbl = box(
    'stbl',
    box('stsd', versionAndFlags(0), words([1]), track.entry),
    writeStts(track.durations),
    ...(track.stss ? [writeStss(track.stss)] : []),
    ...(track.ctts ? [writeCtts(track.ctts)] : []),
    writeStsc([track.sizes.length]),
    writeStsz(track.sizes),
    writeChunkOffsets([track.dataOffset ?? 48]),
  );
  const trak = box(
    'trak',
    box('tkhd', at(84, { 0: 3, 12: 1, 76: 270 << 16, 80: 480 << 16 })),
    box('edts', box('elst', versionAndFlags(0), words([1, 0, track.mediaTime ?? 0, 0x10000]))),
    box(
      'mdia',
      box('mdhd', at(24, { 12: track.timescale, 16: mediaDuration })),
      box('hdlr', versionAndFlags(0), words([0]), Buffer.from(track.handler), Buffer.alloc(13)),
      box('minf', stbl),
    ),
  );
  return Buffer.concat([box('mvhd', at(100, { 12: 1000, 96: 2 })), trak, ...extra]);
}

const avc1 = (width: number) =>
  box(
    'avc1',
    at(78, { 4: 1, 24: (width << 16) | 480 }),
    box('avcC', Buffer.from('0164001fffe1', 'hex')),
    box('btrt', words([1_500_000, 6_000_000, 1_000_000])),
  );
const mp4a = box(
  'mp4a',
  Buffer.alloc(28),
  box('esds', versionAndFlags(0), Buffer.from('0319000100041140150000000001f4000001f3ae', 'hex')),
);

const part = (frames: number, options: Partial<TrackSpec> = {}): TrackSpec => ({
  handler: 'vide',
  timescale: 15360,
  durations: new Array<number>(frames).fill(512),
  sizes: new Array<number>(frames).fill(1000),
  entry: avc1(270),
  mediaTime: 1024,
  ctts: new Array<number>(frames).fill(1024),
  stss: [1],
  ...options,
});
const sound = (frames: number, size = 300): TrackSpec => ({
  handler: 'soun',
  timescale: 48000,
  durations: new Array<number>(frames).fill(1024),
  sizes: new Array<number>(frames).fill(size),
  entry: mp4a,
  mediaTime: 1024,
});

const source = (name: string, track: TrackSpec, more: Partial<JoinSource> = {}): JoinSource => ({
  name,
  ftyp: FTYP,
  moov: moov(track),
  fileSize: 2 ** 40,
  fragmented: false,
  ...more,
});

/** The written moov body and what follows it (the mdat header). */
function written(header: Buffer): { moov: Buffer; mdatHeader: Buffer } {
  const [ftyp, moovBox] = boxList(header);
  expect(ftyp!.type).toBe('ftyp');
  expect(moovBox!.type).toBe('moov');
  return { moov: moovBox!.body, mdatHeader: header.subarray(ftyp!.whole.length + moovBox!.whole.length) };
}

const tracksOf = (moovBody: Buffer) => children(moovBody).get('trak')!;
const stblOf = (trak: Buffer) => child(trak, 'mdia', 'minf', 'stbl')!;

describe('planJoin', () => {
  const two = (p0 = part(75), p1 = part(75)) => ({
    parts: [
      { source: source('part-0', p0), durationSeconds: p0.durations.length / 30 },
      { source: source('part-1', p1), durationSeconds: p1.durations.length / 30 },
    ],
    soundtrack: source('soundtrack', sound(235)),
    comment: 'reelforge job=j1',
  });

  it('writes ftyp, moov and mdat header, the video keyframes of part 1 after part 0’s samples', () => {
    const plan = planJoin(two(part(75, { stss: [1, 31] }), part(74)));
    const { moov: body, mdatHeader } = written(plan.header);
    const [video, audio] = tracksOf(body);
    expect(readStss(child(stblOf(video!), 'stss')!)).toEqual([1, 31, 76]);
    // mvhd: 149 frames plus the audio; next track id 3.
    const mvhd = child(body, 'mvhd')!;
    expect(mvhd.readUInt32BE(96)).toBe(3);
    expect(child(audio!, 'tkhd')!.readUInt32BE(12)).toBe(2);
    const elst = child(video!, 'edts', 'elst')!;
    expect([elst.readUInt32BE(8), elst.readInt32BE(12)]).toEqual([
      Math.ceil((149 * 512 * 1000) / 15360),
      1024,
    ]);
    const dataBytes = 149 * 1000 + 235 * 300;
    expect(mdatHeader.readUInt32BE(0)).toBe(8 + dataBytes);
    expect(mdatHeader.toString('latin1', 4, 8)).toBe('mdat');
    expect(plan.copies.reduce((sum, c) => sum + c.length, 0)).toBe(dataBytes);
    // The first chunk is the first second of part 0, straight after the header.
    expect(plan.copies[0]).toEqual({ source: 0, offset: 48, length: 30 * 1000 });
    const offsets = readChunkOffsets(child(stblOf(video!), 'stco')!, false);
    expect(offsets[0]).toBe(plan.header.length);
    const comment = child(body, 'udta', 'meta')!.subarray(4);
    expect(child(comment, 'ilst', '\u00a9cmt', 'data')!.subarray(8).toString()).toBe('reelforge job=j1');
  });

  it('uses co64 (only in tracks that need it) and a 64-bit mdat header when the samples pass 4 GiB', () => {
    const big = (frames: number, size: number) =>
      part(frames, { sizes: new Array<number>(frames).fill(size) });
    // 2.25 GB of video a second: the second second starts past 4 GiB, and all the sound after it.
    const plan = planJoin(two(big(30, 75_000_000), big(30, 75_000_000)));
    const { moov: body, mdatHeader } = written(plan.header);
    const [video, audio] = tracksOf(body);
    const second = plan.header.length + 30 * 75_000_000 + 47 * 300;
    expect(child(stblOf(video!), 'co64')).toBeUndefined();
    expect(readChunkOffsets(child(stblOf(video!), 'stco')!, false)).toEqual([plan.header.length, second]);
    expect(child(stblOf(audio!), 'stco')).toBeUndefined();
    expect(readChunkOffsets(child(stblOf(audio!), 'co64')!, true)[1]).toBe(second + 30 * 75_000_000);
    expect(mdatHeader.readUInt32BE(0)).toBe(1);
    expect(mdatHeader.toString('latin1', 4, 8)).toBe('mdat');
    expect(Number(mdatHeader.readBigUInt64BE(8))).toBe(16 + 60 * 75_000_000 + 235 * 300);
    // Samples past 4 GiB in the video too: co64 there as well.
    const bigger = written(planJoin(two(big(30, 150_000_000), big(30, 150_000_000))).header);
    expect(readChunkOffsets(child(stblOf(tracksOf(bigger.moov)[0]!), 'co64')!, true)[1]).toBeGreaterThan(
      2 ** 32,
    );
  });

  it.each([
    [
      'a different frame size',
      () => two(part(75), part(75, { entry: avc1(272) })),
      /sample description differs/,
    ],
    ['another B-frame delay', () => two(part(75), part(75, { mediaTime: 512 })), /edit list/],
    [
      'a part shorter than planned',
      () => ({ ...two(), parts: two().parts.map((p, i) => ({ ...p, durationSeconds: i === 1 ? 3 : 2.5 })) }),
      /lasts 38400 ticks, not 46080/,
    ],
    [
      'a soundtrack that is not AAC',
      () => ({ ...two(), soundtrack: source('soundtrack', part(75)) }),
      /not one AAC track/,
    ],
    [
      'a fragmented part',
      () => ({
        ...two(),
        parts: [{ source: source('part-0', part(75), { fragmented: true }), durationSeconds: 2.5 }],
      }),
      /fragmented/,
    ],
    [
      'a part with two tracks',
      () => ({
        ...two(),
        parts: [
          {
            source: {
              ...source('part-0', part(75)),
              moov: moov(part(75), [box('trak', tracksOf(moov(part(75)))[0]!)]),
            },
            durationSeconds: 2.5,
          },
        ],
      }),
      /2 tracks/,
    ],
  ])('refuses %s', (_, input, reason) => {
    expect(() => planJoin(input())).toThrow(Mp4JoinRefused);
    expect(() => planJoin(input())).toThrow(reason);
  });
});

describe('presentationDuration', () => {
  it('runs from the first sample’s presentation time to the latest end, rounded up to the movie timescale', () => {
    // x264 with B-frames: decode order I P B B, the I frame shown after a delay of 2 frames.
    const tables = {
      durations: [512, 512, 512, 512],
      sizes: [1, 1, 1, 1],
      compositionOffsets: [1024, 2048, 512, 512],
    };
    // Presentation: 1024, 2560, 1536, 2048 (+512 each): 1024 to 3072 is 2048 ticks.
    expect(presentationDuration(tables, 15360, 1000)).toBe(Math.ceil((2048 * 1000) / 15360));
    expect(presentationDuration({ durations: [1024, 384], sizes: [1, 1] }, 48000, 1000)).toBe(30);
  });
});
