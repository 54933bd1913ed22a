import { readFileSync, writeFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirPerTest } from '../../test-support/temp-dirs.js';
import { copyRanges, type ByteRange } from './range-copy.js';

const temp = useTempDirPerTest('reelforge-range-copy-');

/** Two inputs of distinct bytes, and a function that copies ranges of them to a fresh output file. */
async function withInputs(
  run: (
    inputs: FileHandle[],
    copy: (
      ranges: ByteRange[],
      bufferBytes: number,
      signal?: AbortSignal,
      sliceBytes?: number,
    ) => Promise<Buffer>,
  ) => Promise<void>,
) {
  const contents = [
    Buffer.from(Array.from({ length: 100 }, (_, i) => i)),
    Buffer.from(Array.from({ length: 50 }, (_, i) => 200 + i)),
  ];
  const paths = contents.map((bytes, i) => {
    const path = join(temp.path, `in-${i}`);
    writeFileSync(path, bytes);
    return path;
  });
  const inputs = await Promise.all(paths.map((path) => open(path, 'r')));
  try {
    await run(inputs, async (ranges, bufferBytes, signal = new AbortController().signal, sliceBytes) => {
      const path = join(temp.path, 'out');
      const output = await open(path, 'w');
      try {
        await copyRanges(inputs, ranges, output, signal, bufferBytes, sliceBytes);
      } finally {
        await output.close();
      }
      return readFileSync(path);
    });
  } finally {
    await Promise.all(inputs.map((input) => input.close()));
  }
}

const expected = (ranges: ByteRange[]) =>
  Buffer.concat(
    ranges.map(({ source, offset, length }) =>
      Buffer.from(Array.from({ length }, (_, i) => (source === 0 ? offset + i : 200 + offset + i))),
    ),
  );

describe('copyRanges', () => {
  it('appends the ranges in order, whatever the buffer size', async () => {
    const ranges = [
      { source: 0, offset: 3, length: 20 },
      { source: 1, offset: 0, length: 7 },
      { source: 0, offset: 23, length: 5 },
      { source: 1, offset: 7, length: 43 },
      { source: 0, offset: 90, length: 10 },
    ];
    await withInputs(async (_, copy) => {
      for (const windowBytes of [1, 8, 13, 64, 1024]) {
        expect((await copy(ranges, windowBytes)).equals(expected(ranges)), `window ${windowBytes}`).toBe(
          true,
        );
      }
    });
  });

  it('fails when an input ends before a range does', async () => {
    await withInputs(async (_, copy) => {
      await expect(copy([{ source: 1, offset: 40, length: 20 }], 8)).rejects.toThrow(/input 1 ends at 50/);
    });
  });

  it('lets the event loop run between slices, and stops at the next one when aborted there', async () => {
    await withInputs(async (_, copy) => {
      const controller = new AbortController();
      setImmediate(() => controller.abort(new Error('stopped while copying')));
      const ranges = [{ source: 0, offset: 0, length: 100 }];
      await expect(copy(ranges, 8, controller.signal, 16)).rejects.toThrow('stopped while copying');
    });
  });

  it('stops before reading when the signal is aborted', async () => {
    await withInputs(async (_, copy) => {
      const controller = new AbortController();
      controller.abort(new Error('stop'));
      await expect(copy([{ source: 0, offset: 0, length: 10 }], 8, controller.signal)).rejects.toThrow(
        'stop',
      );
    });
  });
});
