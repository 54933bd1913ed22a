import { box, boxList, child, editChildren, sampleEntry, versionAndFlags, words } from './mp4-boxes.js';
import type { Edit } from './mp4-track.js';

/**
 * Boxes the in-process join of a render's parts (mp4-join.ts) writes anew or changes: the video
 * sample description's bit rates, the edit list, the movie header's next track id and the
 * `comment` tag, each the way ffmpeg writes it.
 */

/** Bytes of a visual sample entry before its boxes (ISO/IEC 14496-12 §12.1.3). */
const VISUAL_ENTRY_FIELDS = 78;

/**
 * The `stsd` body with its (single) visual sample entry's bit rate box (`btrt`) left out: the
 * one thing x264's parts of a render differ in, since each has its own average bit rate.
 */
export function withoutBitrates(stsd: Buffer): Buffer {
  return editBtrt(stsd, () => undefined);
}

/**
 * The `stsd` body with the joined track's average bit rate, and the larger of it and the parts'
 * maximum (x264's `-maxrate`) as the maximum: as ffmpeg's muxer fills the box.
 */
export function withAverageBitrate(stsd: Buffer, averageBitsPerSecond: number): Buffer {
  const average = Math.min(averageBitsPerSecond, 0xffffffff);
  return editBtrt(stsd, (btrt) => {
    if (btrt.length < 12) return btrt;
    return words([btrt.readUInt32BE(0), Math.max(btrt.readUInt32BE(4), average), average]);
  });
}

function editBtrt(stsd: Buffer, edit: (btrt: Buffer) => Buffer | undefined): Buffer {
  const entry = sampleEntry(stsd);
  if (!entry || entry.body.length < VISUAL_ENTRY_FIELDS) return stsd;
  const fields = entry.body.subarray(0, VISUAL_ENTRY_FIELDS);
  const boxes = editChildren(entry.body.subarray(VISUAL_ENTRY_FIELDS), { btrt: edit });
  return Buffer.concat([stsd.subarray(0, 8), box(entry.format, fields, boxes)]);
}

/** An `elst` body of one edit lasting `duration` (movie timescale); version 1 only when needed. */
export function editList(duration: number, edit: Edit): Buffer {
  if (duration <= 0xffffffff && edit.mediaTime <= 0x7fffffff) {
    return Buffer.concat([versionAndFlags(0), words([1, duration, edit.mediaTime, edit.rate])]);
  }
  const wide = Buffer.alloc(16);
  wide.writeBigUInt64BE(BigInt(duration), 0);
  wide.writeBigInt64BE(BigInt(edit.mediaTime), 8);
  return Buffer.concat([versionAndFlags(1), words([1]), wide, words([edit.rate])]);
}

/** A copy of an `mvhd` body with another next track id (its last field). */
export function withNextTrackId(mvhd: Buffer, nextTrackId: number): Buffer {
  const copy = Buffer.from(mvhd);
  copy.writeUInt32BE(nextTrackId, copy.length - 4);
  return copy;
}

/** The iTunes-style item ffmpeg writes for `-metadata comment=` (read back as the `comment` tag). */
const COMMENT_ITEM = '\u00a9cmt';

/**
 * The movie's `udta` as ffmpeg writes it: `meta` (handler `mdir`) holding the `ilst` items of
 * part 0 (ffmpeg's `©too` encoder tag) and the comment, or nothing when there are no items.
 */
export function metadata(moov: Buffer, comment: string | undefined): Buffer[] {
  const meta = child(moov, 'udta', 'meta');
  const ilst = meta && meta.length > 4 ? child(meta.subarray(4), 'ilst') : undefined;
  const items = ilst
    ? boxList(ilst)
        .filter((b) => b.type !== COMMENT_ITEM)
        .map((b) => b.whole)
    : [];
  if (comment !== undefined) {
    // A data atom: type 1 (UTF-8), locale 0, then the text.
    items.push(box(COMMENT_ITEM, box('data', words([1, 0]), Buffer.from(comment, 'utf8'))));
  }
  if (items.length === 0) return [];
  const handler = box(
    'hdlr',
    versionAndFlags(0),
    words([0]),
    Buffer.from('mdirappl', 'latin1'),
    words([0, 0]),
    Buffer.alloc(1),
  );
  return [box('udta', box('meta', versionAndFlags(0), handler, box('ilst', ...items)))];
}
