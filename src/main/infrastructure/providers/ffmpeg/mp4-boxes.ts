/**
 * Reading and writing ISO BMFF (MP4) boxes: what the in-process probe (mp4-probe.ts) and the
 * in-process join of a render's parts (mp4-join.ts) share. Only 32-bit and 64-bit sizes and
 * "to the end" boxes; no `uuid` types.
 */
import type { FileHandle } from 'node:fs/promises';

/** One box inside a buffer: its type, its body (after the header) and the whole box. */
export interface Box {
  readonly type: string;
  readonly body: Buffer;
  readonly whole: Buffer;
}

/** Where a top-level box of a file lies: its type, start, header size and whole size. */
export interface FileBox {
  readonly type: string;
  readonly offset: number;
  readonly headerSize: number;
  readonly size: number;
}

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type ReadAt = (offset: number, length: number) => Promise<Buffer>;

/** `ReadAt` over an open file. */
export function readerOf(file: FileHandle): ReadAt {
  return async (offset, length) => {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, offset);
    return buffer.subarray(0, bytesRead);
  };
}

/** The top-level boxes of a file, in order; stops at anything that does not parse as a box. */
export async function topLevelBoxes(read: ReadAt, fileSize: number): Promise<FileBox[]> {
  const boxes: FileBox[] = [];
  for (let offset = 0; offset + 8 <= fileSize;) {
    const header = await read(offset, 16);
    if (header.length < 8) break;
    let size = header.readUInt32BE(0);
    let headerSize = 8;
    if (size === 1) {
      if (header.length < 16) break;
      size = Number(header.readBigUInt64BE(8));
      headerSize = 16;
    } else if (size === 0) size = fileSize - offset;
    if (size < headerSize) break;
    const type = header.toString('latin1', 4, 8);
    boxes.push({ type, offset, headerSize, size: Math.min(size, fileSize - offset) });
    offset += size;
  }
  return boxes;
}

/** The body of the first top-level box of `type`, as where it lies in the file. */
export async function findTopLevelBox(
  read: ReadAt,
  fileSize: number,
  type: string,
): Promise<{ readonly offset: number; readonly size: number } | undefined> {
  const found = (await topLevelBoxes(read, fileSize)).find((b) => b.type === type);
  return found && { offset: found.offset + found.headerSize, size: found.size - found.headerSize };
}

/** The boxes in a box body, in order; stops at the first one that does not fit. */
export function boxList(body: Buffer): Box[] {
  const list: Box[] = [];
  for (let offset = 0; offset + 8 <= body.length;) {
    let size = body.readUInt32BE(offset);
    let headerSize = 8;
    if (size === 1 && offset + 16 <= body.length) {
      size = Number(body.readBigUInt64BE(offset + 8));
      headerSize = 16;
    } else if (size === 0) size = body.length - offset;
    if (size < headerSize || offset + size > body.length) break;
    list.push({
      type: body.toString('latin1', offset + 4, offset + 8),
      body: body.subarray(offset + headerSize, offset + size),
      whole: body.subarray(offset, offset + size),
    });
    offset += size;
  }
  return list;
}

/** The children of a box body, by type. */
export function children(body: Buffer): Map<string, Buffer[]> {
  const found = new Map<string, Buffer[]>();
  for (const { type, body: childBody } of boxList(body)) {
    const list = found.get(type) ?? [];
    list.push(childBody);
    found.set(type, list);
  }
  return found;
}

/** The body found by following the first child of each type in `path`. */
export function child(body: Buffer | undefined, ...path: string[]): Buffer | undefined {
  let current = body;
  for (const type of path) {
    if (!current) return undefined;
    current = children(current).get(type)?.[0];
  }
  return current;
}

/** A full box's version-dependent timescale and duration (mvhd and mdhd share the layout). */
export function timescaleAndDuration(box: Buffer): { timescale: number; duration: number } {
  const version = box.readUInt8(0);
  return version === 1
    ? { timescale: box.readUInt32BE(20), duration: Number(box.readBigUInt64BE(24)) }
    : { timescale: box.readUInt32BE(12), duration: box.readUInt32BE(16) };
}

/** A copy of an mvhd or mdhd body with another duration (version 1 for 64-bit durations). */
export function withDuration(header: Buffer, duration: number): Buffer {
  return patchVersioned(header, duration, 16, 24);
}

/** A copy of a tkhd body with another track id and duration (movie timescale). */
export function withTrackIdAndDuration(tkhd: Buffer, trackId: number, duration: number): Buffer {
  return withTrackId(patchVersioned(tkhd, duration, 20, 28), trackId);
}

/** A copy of a tkhd body with another track id. */
export function withTrackId(tkhd: Buffer, trackId: number): Buffer {
  const copy = Buffer.from(tkhd);
  copy.writeUInt32BE(trackId, copy.readUInt8(0) === 1 ? 20 : 12);
  return copy;
}

function patchVersioned(body: Buffer, value: number, offset0: number, offset1: number): Buffer {
  const copy = Buffer.from(body);
  if (copy.readUInt8(0) === 1) copy.writeBigUInt64BE(BigInt(value), offset1);
  else if (value <= 0xffffffff) copy.writeUInt32BE(value, offset0);
  else throw new RangeError(`${value} does not fit a version 0 box`);
  return copy;
}

/** The first sample entry of an `stsd` box: its format code and body after the 8-byte header. */
export function sampleEntry(stsd: Buffer | undefined): { format: string; body: Buffer } | undefined {
  if (!stsd || stsd.length < 16 || stsd.readUInt32BE(4) < 1) return undefined;
  const size = stsd.readUInt32BE(8);
  if (size < 8 || 8 + size > stsd.length) return undefined;
  return { format: stsd.toString('latin1', 12, 16), body: stsd.subarray(16, 8 + size) };
}

/** A box of `type` around `payload` (32-bit size: every box this writes is far below 4 GiB). */
export function box(type: string, ...payload: readonly Buffer[]): Buffer {
  const body = Buffer.concat(payload);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

/** The header of a full box body: version and 24-bit flags. */
export function versionAndFlags(version: number, flags = 0): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(((version & 0xff) << 24) | (flags & 0xffffff), 0);
  return out;
}

/** Big-endian 32-bit words (an array: tables can be longer than a call's argument list). */
export function words(values: readonly number[]): Buffer {
  const out = Buffer.alloc(values.length * 4);
  // A DataView: Buffer's writeUInt32BE checks its arguments on every call (thousands per table).
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  values.forEach((v, i) => view.setUint32(i * 4, v >>> 0));
  return out;
}

/**
 * A box body with some children rewritten, in their order: `edits[type]` gets a child's body and
 * returns its new body, or undefined to drop it; other children stay as they are.
 */
export function editChildren(
  body: Buffer,
  edits: Readonly<Record<string, (body: Buffer) => Buffer | undefined>>,
): Buffer {
  return Buffer.concat(
    boxList(body).map((b) => {
      const edit = edits[b.type];
      if (!edit) return b.whole;
      const edited = edit(b.body);
      return edited === undefined ? Buffer.alloc(0) : box(b.type, edited);
    }),
  );
}
