import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiveWorkerUpload } from './worker-upload-receiver.js';

describe('receiveWorkerUpload', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'reelforge-upload-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores the complete body under the final name', async () => {
    const path = await receiveWorkerUpload(
      Readable.from([Buffer.from('abc'), Buffer.from('def')]),
      dir,
      'video.mp4',
      'job-1',
    );
    expect(path).toBe(join(dir, 'video.mp4'));
    expect(readFileSync(path, 'utf8')).toBe('abcdef');
    expect(readdirSync(dir)).toEqual(['video.mp4']);
  });

  it('a body cut off mid-upload leaves neither a result nor a temp file', async () => {
    const cut = new Readable({
      read() {
        this.push(Buffer.from('half a video'));
        this.destroy(new Error('worker connection reset'));
      },
    });
    await expect(receiveWorkerUpload(cut, dir, 'video.mp4', 'job-2')).rejects.toThrow(
      'worker connection reset',
    );
    expect(existsSync(join(dir, 'video.mp4'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses names that are not plain file names, naming the file', async () => {
    for (const name of ['../../etc/passwd', 'sub/video.mp4', '.hidden', 'a..b', '']) {
      await expect(receiveWorkerUpload(Readable.from(['x']), dir, name, 'job-3')).rejects.toThrow(
        `upload file "${name}" is not a plain file name`,
      );
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
