import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadFile } from '../../src/main/infrastructure/delivery/s3-upload.js';
import { makeTempDir } from '../support/temp-dir.js';
import { startS3Server } from './s3-server.js';

let temp: ReturnType<typeof makeTempDir>;
let s3: Awaited<ReturnType<typeof startS3Server>>;
let client: S3Client;

beforeAll(async () => {
  temp = makeTempDir('reelforge-s3-');
  s3 = await startS3Server(join(temp.path, 'bucket-store'), ['renders']);
  client = new S3Client({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  });
});
afterAll(async () => {
  client?.destroy();
  await s3?.close();
  temp?.cleanup();
});

async function fetchObject(key: string) {
  const object = await client.send(new GetObjectCommand({ Bucket: 'renders', Key: key }));
  return { object, bytes: Buffer.from(await object.Body!.transformToByteArray()) };
}

describe('uploadFile against a local S3-compatible server', () => {
  it('puts a small file in one request with its Content-Type and Cache-Control', async () => {
    const path = join(temp.path, 'small.jpg');
    const content = randomBytes(1000);
    writeFileSync(path, content);
    await uploadFile(client, {
      bucket: 'renders',
      key: 'a/small.jpg',
      path,
      contentType: 'image/jpeg',
      cacheControl: 'public, max-age=60',
    });
    const { object, bytes } = await fetchObject('a/small.jpg');
    expect(bytes).toEqual(content);
    expect(object.ContentType).toBe('image/jpeg');
    expect(object.CacheControl).toBe('public, max-age=60');
  });

  it('uploads a large file in parts and the object is the file', async () => {
    const path = join(temp.path, 'large.mp4');
    const content = randomBytes(11 * 1024 * 1024 + 17);
    const commands: string[] = [];
    client.middlewareStack.add(
      (next, context) => (args) => {
        commands.push(context.commandName ?? '');
        return next(args);
      },
      { step: 'initialize', name: 'recordCommands' },
    );
    writeFileSync(path, content);
    await uploadFile(
      client,
      { bucket: 'renders', key: 'b/large.mp4', path, contentType: 'video/mp4', cacheControl: 'no-cache' },
      { multipartThreshold: 1, partSize: 5 * 1024 * 1024 },
    );
    const { object, bytes } = await fetchObject('b/large.mp4');
    expect(bytes.length).toBe(content.length);
    expect(bytes.equals(content)).toBe(true);
    expect(object.ContentType).toBe('video/mp4');
    expect(commands.filter((name) => name.startsWith('UploadPart'))).toHaveLength(3);
    expect(commands).toContain('CompleteMultipartUploadCommand');
  });

  it('fails with the server’s reason for a missing bucket', async () => {
    const path = join(temp.path, 'small.jpg');
    await expect(
      uploadFile(client, {
        bucket: 'no-such-bucket',
        key: 'x',
        path,
        contentType: 'image/jpeg',
        cacheControl: 'no-cache',
      }),
    ).rejects.toThrow(/bucket/i);
  });
});
