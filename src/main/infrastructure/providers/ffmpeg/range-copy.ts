import { readSync, writeSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/** Bytes `length` at `offset` of input `source`, to append to the output. */
export interface ByteRange {
  readonly source: number;
  readonly offset: number;
  readonly length: number;
}

/**
 * Appends `ranges` of `inputs` to `output` in order, through one small buffer, with synchronous
 * reads and writes. Why: the join's ranges are each input's samples of a second (tens to hundreds
 * of kB, in the page cache since ffmpeg just wrote them); on a 30 s render's 1.9 MB an awaited
 * read and write per range took ≈ 8–17 ms (thread-pool round trips, and page faults filling big
 * fresh buffers), synchronous ones through 256 KiB ≈ 4 ms. Every `sliceBytes` it yields to the
 * event loop, so a 100 MB render does not hold up progress, IPC or cancel; the signal is checked
 * before each read.
 */
export async function copyRanges(
  inputs: readonly (FileHandle | Buffer)[],
  ranges: readonly ByteRange[],
  output: FileHandle,
  signal: AbortSignal,
  bufferBytes = 256 * 1024,
  sliceBytes = 8 * 1024 * 1024,
): Promise<void> {
  const buffer = Buffer.allocUnsafe(bufferBytes);
  let filled = 0;
  let sinceYield = 0;
  const flush = () => {
    for (let written = 0; written < filled;)
      written += writeSync(output.fd, buffer, written, filled - written);
    filled = 0;
  };
  for (const range of ranges) {
    for (let done = 0; done < range.length;) {
      if (sinceYield >= sliceBytes) {
        await new Promise((resolve) => setImmediate(resolve));
        sinceYield = 0;
      }
      signal.throwIfAborted();
      const at = range.offset + done;
      const length = Math.min(range.length - done, bufferBytes - filled);
      const input = inputs[range.source]!;
      // A Buffer input holds bytes made in this process (skipped frames, h264-skipped-frames.ts).
      const read = Buffer.isBuffer(input)
        ? input.copy(buffer, filled, at, at + length)
        : readSync(input.fd, buffer, filled, length, at);
      if (read === 0) throw new Error(`input ${range.source} ends at ${at}, before its samples do`);
      filled += read;
      done += read;
      sinceYield += read;
      if (filled === bufferBytes) flush();
    }
  }
  flush();
}
