import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { S3DeliverySettings } from '#core/config.js';
import { S3Uploader } from '../../src/main/infrastructure/delivery/s3-uploader.js';
import { removeS3Directory, S3_TEST_KEYS, startS3Server, type TestS3Server } from '../support/s3-server.js';

describe('S3Uploader against a local S3-compatible server (s3rver)', () => {
  let server: TestS3Server;
  let work: string;
  let settings: S3DeliverySettings;
  beforeAll(async () => {
    server = await startS3Server('renders');
    work = mkdtempSync(join(tmpdir(), 'reelforge-s3-upload-'));
    settings = {
      endpoint: server.endpoint,
      region: 'us-east-1',
      bucket: 'renders',
      prefix: 'reels/',
      ...S3_TEST_KEYS,
      forcePathStyle: true,
    };
  });
  afterAll(async () => {
    await server.stop();
    removeS3Directory(server);
    rmSync(work, { recursive: true, force: true });
  });

  it('puts a small file with its content type and cache headers, under the prefix', async () => {
    const path = join(work, 'clip one.mp4');
    const bytes = randomBytes(200_000);
    writeFileSync(path, bytes);
    const uploader = new S3Uploader(settings);
    const url = await uploader.upload(
      { path, fileName: 'clip one.mp4', contentType: 'video/mp4' },
      new AbortController().signal,
    );
    uploader.close();
    expect(url).toBe(`${server.endpoint}/renders/reels/clip%20one.mp4`);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('video/mp4');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
  });

  it('sends a large file in parts that join into the same bytes', async () => {
    const path = join(work, 'long.mp4');
    const bytes = randomBytes(12 * 1024 * 1024 + 12345);
    writeFileSync(path, bytes);
    const requests: string[] = [];
    const uploader = new S3Uploader(settings, {
      partBytes: 5 * 1024 * 1024,
      multipartFromBytes: 6 * 1024 * 1024,
      onRequest: (name) => requests.push(name),
    });
    const url = await uploader.upload(
      { path, fileName: 'long.mp4', contentType: 'video/mp4' },
      new AbortController().signal,
    );
    uploader.close();
    const response = await fetch(url);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    expect(requests).toEqual([
      'CreateMultipartUpload',
      'UploadPart',
      'UploadPart',
      'UploadPart',
      'CompleteMultipartUpload',
    ]);
  });

  it('names the public base URL (a CDN in front of the bucket) in the returned address', async () => {
    const path = join(work, 'poster.jpg');
    writeFileSync(path, randomBytes(1000));
    const uploader = new S3Uploader({ ...settings, publicBaseUrl: 'https://cdn.example.test/v' });
    const url = await uploader.upload(
      { path, fileName: 'poster.jpg', contentType: 'image/jpeg' },
      new AbortController().signal,
    );
    uploader.close();
    expect(url).toBe('https://cdn.example.test/v/reels/poster.jpg');
    expect((await fetch(`${server.endpoint}/renders/reels/poster.jpg`)).status).toBe(200);
  });

  it('fails with the reason when the server cannot be reached', async () => {
    const path = join(work, 'x.mp4');
    writeFileSync(path, 'x');
    const down = await startS3Server('renders');
    await down.stop();
    removeS3Directory(down);
    const uploader = new S3Uploader({ ...settings, endpoint: down.endpoint });
    await expect(
      uploader.upload({ path, fileName: 'x.mp4', contentType: 'video/mp4' }, new AbortController().signal),
    ).rejects.toThrow(/ECONNREFUSED/);
    uploader.close();
  });

  it('needs keys: the SDK never goes looking for credentials elsewhere', () => {
    expect(() => new S3Uploader({ ...settings, accessKeyId: undefined })).toThrow(
      /REELFORGE_S3_ACCESS_KEY_ID/,
    );
  });
});
