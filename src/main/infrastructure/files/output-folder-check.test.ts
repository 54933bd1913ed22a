import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findOutputFolderProblem } from './output-folder-check.js';

describe('findOutputFolderProblem', () => {
  let temp: string;
  beforeEach(async () => {
    temp = await mkdtemp(join(tmpdir(), 'reelforge-output-check-'));
  });
  afterEach(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  it('accepts a writable folder and creates a missing one, leaving no probe file', async () => {
    expect(await findOutputFolderProblem(temp)).toBeUndefined();
    const nested = join(temp, 'a', 'b', 'videos');
    expect(await findOutputFolderProblem(nested)).toBeUndefined();
    expect(existsSync(nested)).toBe(true);
    expect(readdirSync(nested)).toEqual([]);
  });

  it('refuses a place where no folder can be made, in words, and returns (Node’s mkdir -p hangs on /proc)', async () => {
    expect(await findOutputFolderProblem('/proc/x')).toBe(
      'the folder "/proc/x" cannot be created: this location does not accept new folders',
    );
    expect(await findOutputFolderProblem('/proc/x/y/z')).toMatch(/cannot be created/);
  });

  it('refuses a file, and a path through a file', async () => {
    const file = join(temp, 'file.txt');
    writeFileSync(file, 'x');
    expect(await findOutputFolderProblem(file)).toBe(`"${file}" is a file, not a folder`);
    expect(await findOutputFolderProblem(join(file, 'videos'))).toMatch(
      /cannot be created: part of the path is a file, not a folder/,
    );
  });

  it('refuses a folder nothing can be written to', async () => {
    // /proc/self exists and is a folder, but no file can be made in it, even by root.
    expect(await findOutputFolderProblem('/proc/self')).toMatch(
      /^the folder "\/proc\/self" is not writable: /,
    );
  });
});
