import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ffmpegArguments, runFfmpeg } from './ffmpeg-adapter.js';

describe('ffmpegArguments', () => {
  it('puts each input after its options, the graph after the inputs and each output after its options', () => {
    expect(
      ffmpegArguments({
        inputs: [
          { path: '/tmp/a.rgba', options: ['-f', 'rawvideo'] },
          { path: 'file:/tmp/b.m4a', options: [] },
        ],
        filterComplex: '[0:v]null[v]',
        outputs: [
          { path: '/tmp/out:1.mp4', options: ['-map', '[v]'] },
          { path: '/tmp/poster.jpg', options: ['-frames:v', '1'] },
        ],
      }),
    ).toEqual([
      '-hide_banner',
      '-nostdin',
      '-y',
      '-f',
      'rawvideo',
      '-i',
      'file:/tmp/a.rgba',
      '-i',
      'file:/tmp/b.m4a',
      '-filter_complex',
      '[0:v]null[v]',
      '-map',
      '[v]',
      'file:/tmp/out:1.mp4',
      '-frames:v',
      '1',
      'file:/tmp/poster.jpg',
    ]);
  });
});

describe('runFfmpeg', () => {
  // A stand-in binary that writes the glibc tunables it was started with to its output path.
  it.runIf(process.platform === 'linux')(
    'starts ffmpeg with glibc malloc asked to keep memory (no huge pages), and OpenBLAS on one thread',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'rf-ffmpeg-env-'));
      try {
        const binary = join(dir, 'ffmpeg');
        writeFileSync(
          binary,
          '#!/bin/sh\nfor a; do last=$a; done\nprintf %s "$GLIBC_TUNABLES:blas=$OPENBLAS_NUM_THREADS" > "${last#file:}"\n',
        );
        chmodSync(binary, 0o755);
        const out = join(dir, 'env.txt');
        await runFfmpeg(
          { ffmpegPath: binary, ffprobePath: binary },
          { inputs: [], outputs: [{ path: out, options: [] }] },
          { signal: new AbortController().signal },
        );
        const tunables = readFileSync(out, 'utf8').split(':');
        expect(tunables.some((t) => t.includes('hugetlb'))).toBe(false);
        expect(tunables).toContain('glibc.malloc.mmap_threshold=33554432');
        expect(tunables).toContain('glibc.malloc.trim_threshold=1073741824');
        expect(tunables).toContain('blas=1');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
