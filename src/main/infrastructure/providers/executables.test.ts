import { describe, expect, it } from 'vitest';
import { findOnPath, isExecutableFile } from './executables.js';

const files = (...paths: string[]) => {
  const set = new Set(paths);
  return (path: string) => set.has(path);
};

describe('findOnPath', () => {
  it('skips empty PATH entries', () => {
    expect(findOnPath('ffmpeg', '::/x', files('/x/ffmpeg'))).toBe('/x/ffmpeg');
    expect(findOnPath('ffmpeg', undefined, () => true)).toBeUndefined();
  });
});

describe('isExecutableFile', () => {
  it('is true for a program and false for a folder or a missing file', () => {
    expect(isExecutableFile(process.execPath)).toBe(true);
    expect(isExecutableFile('/')).toBe(false);
    expect(isExecutableFile('/no/such/file')).toBe(false);
  });
});
