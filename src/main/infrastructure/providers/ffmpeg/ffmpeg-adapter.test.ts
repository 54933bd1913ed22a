import { describe, expect, it } from 'vitest';
import { ffmpegArguments } from './ffmpeg-adapter.js';

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
