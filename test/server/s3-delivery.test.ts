import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateBucketCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { renderViewSchema, type RenderView } from '../../src/shared/rest-contract.js';
import { REPO_ROOT } from '../support/run-cli.js';
import { makeTempDir } from '../support/temp-dir.js';
import { SHORT_SCENES_CONFIG } from '../support/short-scenes.js';
import { postRender, startServe, waitForRender, type ServeProcess } from './serve-process.js';
import { startS3Server } from './s3-server.js';
import { startWebhookReceiver } from './webhook-receiver.js';

const script = readFileSync(join(REPO_ROOT, 'resources/samples/water-calm-breathing.md'), 'utf8');
const CDN = 'https://cdn.example/videos';

let temp: ReturnType<typeof makeTempDir>;
let s3: Awaited<ReturnType<typeof startS3Server>>;
let client: S3Client;
const cleanups: (() => Promise<unknown>)[] = [];

async function setUp(buckets: string[], webhookUrl?: string): Promise<ServeProcess> {
  temp = makeTempDir('reelforge-delivery-');
  s3 = await startS3Server(join(temp.path, 's3'), buckets);
  cleanups.push(() => s3.close());
  client = new S3Client({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  cleanups.push(async () => client.destroy());
  writeFileSync(
    join(temp.path, 'config.json'),
    JSON.stringify({
      // What is delivered is the file as rendered, whatever its length: short scenes, a shorter render.
      ...SHORT_SCENES_CONFIG,
      delivery: {
        s3: {
          endpoint: s3.endpoint,
          region: 'us-east-1',
          bucket: 'renders',
          prefix: 'reelforge',
          force_path_style: true,
          public_base_url: CDN,
        },
      },
      ...(webhookUrl
        ? { webhooks: [{ url: webhookUrl, events: ['render.completed'], secret: 'whsec-delivery-test' }] }
        : {}),
    }),
  );
  const serve = await startServe(temp.path, {
    VIDEO_STORAGE_PATH: join(temp.path, 'videos'),
    REELFORGE_S3_ACCESS_KEY_ID: s3.accessKeyId,
    REELFORGE_S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    REELFORGE_DELIVERY_RETRY_BASE_MS: '50',
    REELFORGE_WEBHOOK_RETRY_BASE_MS: '50',
  });
  cleanups.push(() => serve.stop());
  return serve;
}

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  temp.cleanup();
});

async function renderAndWait(serve: ServeProcess, until: (view: RenderView) => boolean): Promise<RenderView> {
  const { id } = await postRender(serve, {
    script,
    name: 'water-calm-breathing.md',
    provider: 'ffmpeg',
    quality: 'draft',
  });
  expect((await waitForRender(serve, id))['status']).toBe('completed');
  for (;;) {
    const view = renderViewSchema.parse(await (await serve.api(`/v1/renders/${id}`)).json());
    if (until(view)) return view;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function objectAt(url: string) {
  const key = decodeURIComponent(url.slice(`${CDN}/`.length));
  const object = await client.send(new GetObjectCommand({ Bucket: 'renders', Key: key }));
  return { key, object, bytes: Buffer.from(await object.Body!.transformToByteArray()) };
}

describe('S3 delivery', () => {
  it('uploads the video and poster of a completed render and records deliveredUrl', async () => {
    const serve = await setUp(['renders']);
    const view = await renderAndWait(serve, (v) => v.deliveredUrl !== null);
    expect(view.deliveredUrl).toMatch(new RegExp(`^${CDN}/reelforge/${view.id}/[^/]+\\.mp4$`));
    expect(view.delivery).toMatchObject({
      status: 'delivered',
      attempts: 1,
      posterUrl: expect.stringMatching(/\.jpg$/),
    });
    const video = await objectAt(view.deliveredUrl!);
    expect(video.object.ContentType).toBe('video/mp4');
    expect(video.object.CacheControl).toBe('public, max-age=31536000, immutable');
    const local = Buffer.from(await (await serve.api(view.videoUrl!)).arrayBuffer());
    expect(video.bytes.equals(local)).toBe(true);
    const poster = await objectAt(view.delivery!.posterUrl!);
    expect(poster.object.ContentType).toBe('image/jpeg');
    expect(poster.bytes.equals(Buffer.from(await (await serve.api(view.posterUrl!)).arrayBuffer()))).toBe(
      true,
    );
  }, 120_000);

  it('shows a failed upload, keeps the render completed and its file, and delivers once the bucket exists', async () => {
    const serve = await setUp([]);
    const failing = await renderAndWait(serve, (v) => (v.delivery?.attempts ?? 0) >= 2);
    expect(failing).toMatchObject({
      status: 'completed',
      deliveredUrl: null,
      delivery: { status: 'pending' },
    });
    expect(failing.delivery!.lastError).toMatch(/bucket/i);
    expect((await serve.api(failing.videoUrl!)).status).toBe(200);

    await client.send(new CreateBucketCommand({ Bucket: 'renders' }));
    for (;;) {
      const view = renderViewSchema.parse(await (await serve.api(`/v1/renders/${failing.id}`)).json());
      if (view.deliveredUrl) {
        expect(view.delivery).toMatchObject({ status: 'delivered' });
        expect((await objectAt(view.deliveredUrl)).bytes.length).toBeGreaterThan(0);
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 120_000);

  const completedEvents = async (receiver: Awaited<ReturnType<typeof startWebhookReceiver>>) => {
    await expect.poll(() => receiver.received.length, { interval: 50, timeout: 30_000 }).toBe(1);
    return JSON.parse(receiver.received[0]!.body) as { event: string; render: RenderView };
  };

  it('render.completed waits for the upload: it carries deliveredUrl when the upload worked', async () => {
    const receiver = await startWebhookReceiver(() => false);
    cleanups.push(() => receiver.close());
    const serve = await setUp(['renders'], receiver.url);
    const delivered = await renderAndWait(serve, (v) => v.deliveredUrl !== null);
    const event = await completedEvents(receiver);
    expect(event).toMatchObject({ event: 'render.completed', render: { id: delivered.id } });
    expect(event.render.deliveredUrl).toBe(delivered.deliveredUrl);
  }, 120_000);

  it('a failing upload does not hold render.completed back beyond its first attempt', async () => {
    const receiver = await startWebhookReceiver(() => false);
    cleanups.push(() => receiver.close());
    const serve = await setUp([], receiver.url);
    const failing = await renderAndWait(serve, (v) => (v.delivery?.attempts ?? 0) >= 1);
    expect(await completedEvents(receiver)).toMatchObject({
      event: 'render.completed',
      render: { id: failing.id, deliveredUrl: null, delivery: { status: 'pending', attempts: 1 } },
    });
  }, 120_000);
});
