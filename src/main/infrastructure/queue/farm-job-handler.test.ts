import { describe, expect, it } from 'vitest';
import { parseWorkerUploadName } from './worker-upload-receiver.js';
import { uploadNameOf } from './farm-job-handler.js';

describe('uploadNameOf', () => {
  it('turns any output file name into one the coordinator accepts', () => {
    for (const path of [
      '/out/A clear head — before 9 a.m..mp4',
      '/out/.hidden.jpg',
      '/out/..',
      '/out/été.srt',
      `/out/${'x'.repeat(300)}.mp4`,
    ]) {
      const name = uploadNameOf(path);
      expect(parseWorkerUploadName(name)).toBe(name);
    }
    expect(uploadNameOf('/out/A clear head — before 9 a.m..mp4')).toBe('A-clear-head-before-9-a.m.mp4');
  });
});
