import type { SampleTables } from './mp4-tables.js';
import { Mp4JoinRefused } from './mp4-track.js';

/** Samples made in this process, put into a part's track before its sample `before` (0-based). */
export interface SampleInsert {
  readonly before: number;
  /** Each inserted sample's size and offset in the join's buffer of made samples. */
  readonly sizes: readonly number[];
  readonly offsets: readonly number[];
}

/** Where a sample's bytes are: input `source` of the join, at `offset`. */
export interface SampleLocation {
  readonly source: number;
  readonly offset: number;
}

/**
 * A part's sample tables with skipped frames inserted (hold-frames.ts). Each insert comes where a
 * closed group of pictures ends (before a sync sample, or at the end): its frames follow the last
 * one shown, one frame duration apart, so each is shown `C − D` after it is decoded, where `D` is
 * the decode time of the group's last sample and `C` the latest presentation time in the group —
 * the delay every frame has in a stream whose B-frames are reordered. Refuses an insert anywhere
 * else, where later frames could refer to pictures before it.
 */
export function withInserts(
  tables: SampleTables,
  locations: readonly SampleLocation[],
  inserts: readonly SampleInsert[],
  madeSource: number,
): { tables: SampleTables; locations: SampleLocation[] } {
  const count = tables.sizes.length;
  const sync = new Set(tables.syncSamples ?? tables.sizes.map((_, i) => i + 1));
  const byPosition = new Map(inserts.map((insert) => [insert.before, insert]));
  if (byPosition.size !== inserts.length) throw new Mp4JoinRefused('two inserts at one sample');
  const durations: number[] = [];
  const sizes: number[] = [];
  const offsets: number[] = [];
  const syncSamples: number[] = [];
  const out: SampleLocation[] = [];
  let decodeTime = 0;
  let groupShownEnd = -Infinity;
  for (let i = 0; i <= count; i += 1) {
    const insert = byPosition.get(i);
    if (insert) {
      if (i === 0 || (i < count && !sync.has(i + 1))) {
        throw new Mp4JoinRefused(`skipped frames cannot go before sample ${i + 1}: not a keyframe`);
      }
      const duration = tables.durations[i - 1]!;
      const lastDecode = decodeTime - duration;
      insert.sizes.forEach((size, k) => {
        durations.push(duration);
        sizes.push(size);
        offsets.push(groupShownEnd - lastDecode);
        out.push({ source: madeSource, offset: insert.offsets[k]! });
      });
    }
    if (i === count) break;
    if (sync.has(i + 1)) {
      syncSamples.push(sizes.length + 1);
      groupShownEnd = -Infinity;
    }
    const offset = tables.compositionOffsets?.[i] ?? 0;
    groupShownEnd = Math.max(groupShownEnd, decodeTime + offset);
    durations.push(tables.durations[i]!);
    sizes.push(tables.sizes[i]!);
    offsets.push(offset);
    out.push(locations[i]!);
    decodeTime += tables.durations[i]!;
  }
  for (const insert of inserts) {
    if (insert.before > count) throw new Mp4JoinRefused(`an insert after the last sample (${insert.before})`);
  }
  return {
    tables: {
      durations,
      sizes,
      ...(tables.compositionOffsets || offsets.some((o) => o !== 0) ? { compositionOffsets: offsets } : {}),
      ...(tables.syncSamples || inserts.length > 0 ? { syncSamples } : {}),
    },
    locations: out,
  };
}
