import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('isExecutableFile: never a file its owner did not mark executable, or anyone may rewrite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reelforge-exec-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const script = (name: string, mode: number) => {
    const path = join(dir, name);
    writeFileSync(path, '#!/bin/sh\necho hi\n');
    chmodSync(path, mode);
    return path;
  };

  it('accepts 0755 and 0700', () => {
    expect(isExecutableFile(script('ok', 0o755))).toBe(true);
    expect(isExecutableFile(script('own', 0o700))).toBe(true);
  });

  // Root may execute a file with any x bit, so access(X_OK) alone would accept these.
  it.each([
    ['world-writable', 0o777],
    ['world-writable, owner cannot run it', 0o677],
    ['executable by the group only', 0o650],
    ['executable by others only', 0o601],
    ['not executable', 0o644],
  ])('refuses a %s file', (name, mode) => {
    expect(isExecutableFile(script(name.replace(/\W+/g, '-'), mode))).toBe(false);
  });
});
