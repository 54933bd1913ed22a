import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { useTempDirPerTest } from '../test-support/temp-dirs.js';
import { receiveWorkerUpload } from './worker-upload-receiver.js';

describe('receiveWorkerUpload', () => {
  const temp = useTempDirPerTest('reelforge-upload-');

  it('stores the complete body under the final name', async () => {
    const path = await receiveWorkerUpload(
      Readable.from([Buffer.from('abc'), Buffer.from('def')]),
      temp.path,
      'video.mp4',
      'job-1',
    );
    expect(path).toBe(join(temp.path, 'video.mp4'));
    expect(readFileSync(path, 'utf8')).toBe('abcdef');
    expect(readdirSync(temp.path)).toEqual(['video.mp4']);
  });

  it('a body cut off mid-upload leaves neither a result nor a temp file', async () => {
    const cut = new Readable({
      read() {
        this.push(Buffer.from('half a video'));
        this.destroy(new Error('worker connection reset'));
      },
    });
    await expect(receiveWorkerUpload(cut, temp.path, 'video.mp4', 'job-2')).rejects.toThrow(
      'worker connection reset',
    );
    expect(existsSync(join(temp.path, 'video.mp4'))).toBe(false);
    expect(readdirSync(temp.path)).toEqual([]);
  });

  it('refuses names that are not plain file names, naming the file', async () => {
    for (const name of ['../../etc/passwd', 'sub/video.mp4', '.hidden', 'a..b', '']) {
      await expect(receiveWorkerUpload(Readable.from(['x']), temp.path, name, 'job-3')).rejects.toThrow(
        `upload file "${name}" is not a plain file name`,
      );
    }
    expect(readdirSync(temp.path)).toEqual([]);
  });
});
