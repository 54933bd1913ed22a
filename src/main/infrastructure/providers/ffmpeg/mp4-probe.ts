import { open } from 'node:fs/promises';
import type { MediaProbe, MediaStreamInfo } from './ffmpeg-adapter.js';
import {
  child,
  children,
  findTopLevelBox,
  readerOf,
  sampleEntry,
  timescaleAndDuration,
} from './mp4-boxes.js';

/**
 * What `checkRenderedOutput` needs from a finished MP4, read in this process from its `moov` box
 * instead of starting ffprobe (≈ 0.08 s per render, see README "Speed"): the duration, and per
 * track its kind, codec, frame size, pixel format (from the H.264 decoder configuration) and frame
 * rate. Only what our own renders write is understood (ISO BMFF with `avc1` video and `mp4a` AAC
 * audio); anything else reads as "unknown", which the check reports like a wrong stream.
 */
export async function probeMp4(path: string): Promise<MediaProbe> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const read = readerOf(file);
    const moov = await findTopLevelBox(read, size, 'moov');
    if (!moov) throw new Error(`${path} has no moov box (not a finished MP4)`);
    return parseMoov(await read(moov.offset, moov.size));
  } finally {
    await file.close();
  }
}

/** Parses a `moov` box body (exported for tests). */
export function parseMoov(moov: Buffer): MediaProbe {
  const mvhd = child(moov, 'mvhd');
  if (!mvhd) throw new Error('the MP4 has no movie header');
  const movie = timescaleAndDuration(mvhd);
  const streams = (children(moov).get('trak') ?? []).map(trackInfo);
  return { durationSeconds: movie.timescale > 0 ? movie.duration / movie.timescale : Number.NaN, streams };
}

function trackInfo(trak: Buffer): MediaStreamInfo {
  const mdia = child(trak, 'mdia');
  const handler = child(mdia, 'hdlr')?.toString('latin1', 8, 12);
  const stbl = child(mdia, 'minf', 'stbl');
  const entry = sampleEntry(child(stbl, 'stsd'));
  if (handler === 'soun') {
    return { type: 'audio', codec: entry?.format === 'mp4a' && isAac(entry.body) ? 'aac' : entry?.format };
  }
  if (handler !== 'vide') return { type: handler === undefined ? 'unknown' : 'data', codec: entry?.format };
  const tkhd = child(trak, 'tkhd');
  const size = tkhd ? trackSize(tkhd) : undefined;
  const mdhd = child(mdia, 'mdhd');
  const avc = entry?.format === 'avc1' ? avcConfiguration(entry.body) : undefined;
  // Sample size table: version and flags, the size of every sample (0: each its own), the count.
  const stsz = child(stbl, 'stsz');
  return {
    type: 'video',
    codec: entry?.format === 'avc1' ? 'h264' : entry?.format,
    ...(avc ? { pixelFormat: avc } : {}),
    ...(size ?? {}),
    ...(mdhd ? { fps: frameRate(timescaleAndDuration(mdhd).timescale, child(stbl, 'stts')) } : {}),
    ...(stsz && stsz.length >= 12 ? { frames: stsz.readUInt32BE(8) } : {}),
  };
}

/** Width and height from a track header (16.16 fixed point at its end). */
function trackSize(tkhd: Buffer): { width: number; height: number } | undefined {
  if (tkhd.length < 8) return undefined;
  return {
    width: tkhd.readUInt32BE(tkhd.length - 8) >>> 16,
    height: tkhd.readUInt32BE(tkhd.length - 4) >>> 16,
  };
}

/**
 * The pixel format an `avcC` record declares. Visual sample entries hold 78 bytes before their
 * boxes. The High profiles (100 and up, 44 for CAVLC 4:4:4) carry chroma format and bit depth (4:2:0, 8-bit → yuv420p); the
 * baseline/main/extended profiles are 4:2:0 8-bit by definition.
 */
function avcConfiguration(visualEntry: Buffer): string | undefined {
  const avcC = children(visualEntry.subarray(78)).get('avcC')?.[0];
  if (!avcC || avcC.length < 7) return undefined;
  const profile = avcC.readUInt8(1);
  if (!HIGH_PROFILES.has(profile)) return 'yuv420p';
  let offset = 5;
  const spsCount = avcC.readUInt8(offset) & 0x1f;
  offset += 1;
  for (let i = 0; i < spsCount && offset + 2 <= avcC.length; i += 1) offset += 2 + avcC.readUInt16BE(offset);
  if (offset >= avcC.length) return undefined;
  const ppsCount = avcC.readUInt8(offset);
  offset += 1;
  for (let i = 0; i < ppsCount && offset + 2 <= avcC.length; i += 1) offset += 2 + avcC.readUInt16BE(offset);
  // Without the profile-100 extension ffmpeg assumes 4:2:0 8-bit too.
  if (offset + 3 > avcC.length) return 'yuv420p';
  const chroma = avcC.readUInt8(offset) & 0x03;
  const lumaDepth = (avcC.readUInt8(offset + 1) & 0x07) + 8;
  const chromaName = ['gray', 'yuv420p', 'yuv422p', 'yuv444p'][chroma]!;
  return lumaDepth === 8 ? chromaName : `${chromaName}${lumaDepth}le`;
}

/** Profiles whose avcC record carries chroma format and bit depth (ISO/IEC 14496-15). */
const HIGH_PROFILES = new Set([100, 110, 122, 144, 244, 44, 83, 86, 118, 128, 134, 135, 138, 139]);

/** AAC when the elementary stream descriptor's object type is MPEG-4 audio (0x40) or MPEG-2 AAC. */
export function isAac(audioEntry: Buffer): boolean {
  // Audio sample entries hold 28 bytes before their boxes; esds is a full box (4 bytes of flags).
  const esds = children(audioEntry.subarray(28)).get('esds')?.[0];
  if (!esds) return false;
  const objectType = decoderObjectType(esds.subarray(4));
  return objectType === 0x40 || objectType === 0x66 || objectType === 0x67 || objectType === 0x68;
}

/** The objectTypeIndication of the DecoderConfigDescriptor (tag 4) inside an ES_Descriptor (tag 3). */
function decoderObjectType(descriptors: Buffer): number | undefined {
  let offset = 0;
  const header = () => {
    const tag = descriptors.readUInt8(offset);
    offset += 1;
    let length = 0;
    for (let i = 0; i < 4; i += 1) {
      const byte = descriptors.readUInt8(offset);
      offset += 1;
      length = (length << 7) | (byte & 0x7f);
      if (!(byte & 0x80)) break;
    }
    return { tag, length };
  };
  try {
    if (header().tag !== 3) return undefined;
    const flags = descriptors.readUInt8(offset + 2);
    offset += 3;
    if (flags & 0x80) offset += 2; // dependsOn_ES_ID
    if (flags & 0x40) offset += 1 + descriptors.readUInt8(offset); // URL
    if (flags & 0x20) offset += 2; // OCR_ES_Id
    if (header().tag !== 4) return undefined;
    return descriptors.readUInt8(offset);
  } catch {
    return undefined;
  }
}

/** Frames per second from the sample durations: the timescale over the commonest delta (CFR). */
function frameRate(timescale: number, stts: Buffer | undefined): number | undefined {
  if (!stts || stts.length < 8 || !(timescale > 0)) return undefined;
  const entries = stts.readUInt32BE(4);
  let best = { count: 0, delta: 0 };
  for (let i = 0; i < entries && 8 + i * 8 + 8 <= stts.length; i += 1) {
    const count = stts.readUInt32BE(8 + i * 8);
    const delta = stts.readUInt32BE(12 + i * 8);
    if (count > best.count) best = { count, delta };
  }
  return best.delta > 0 ? timescale / best.delta : undefined;
}
