import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webhookPayloadSchema } from '../../src/shared/rest-contract.js';
import { jsonLines, REPO_ROOT, runCli } from '../support/run-cli.js';
import { makeTempDir } from '../support/temp-dir.js';
import { until } from '../support/until.js';
import { postJson, startServe, type ServeProcess } from './serve-process.js';
import { startWebhookReceiver, type ReceivedWebhook } from './webhook-receiver.js';

const SECRET = 'a-webhook-secret-of-some-length';
const sample = JSON.parse(readFileSync(join(REPO_ROOT, 'resources/samples/fire-start-now.json'), 'utf8'));

let temp: ReturnType<typeof makeTempDir>;
let env: Record<string, string>;
const cleanups: (() => Promise<unknown>)[] = [];

beforeEach(() => {
  temp = makeTempDir('reelforge-webhooks-');
  // Retries 50 ms apart, doubling: the test waits for the outcome, never for a time.
  env = { VIDEO_STORAGE_PATH: join(temp.path, 'videos'), REELFORGE_WEBHOOK_RETRY_BASE_MS: '50' };
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  temp.cleanup();
});

function configure(url: string): void {
  writeFileSync(
    join(temp.path, 'config.json'),
    JSON.stringify({
      providers: { mock: { simulated_seconds: 0.05 } },
      webhooks: [{ url, events: ['render.completed'], secret: SECRET }],
    }),
  );
}

async function serveOn(): Promise<ServeProcess> {
  const serve = await startServe(temp.path, env);
  cleanups.push(() => serve.stop());
  return serve;
}

function expectSigned(request: ReceivedWebhook): void {
  const expected = `sha256=${createHmac('sha256', SECRET).update(request.body).digest('hex')}`;
  expect(request.headers['x-reelforge-signature']).toBe(expected);
  const payload = webhookPayloadSchema.parse(JSON.parse(request.body));
  expect(request.headers['x-reelforge-delivery']).toBe(payload.id);
}

async function queueRender(serve: ServeProcess): Promise<string> {
  const response = await postJson(serve, '/v1/renders', { script: sample, provider: 'mock' });
  expect(response.status).toBe(202);
  return ((await response.json()) as { id: string }).id;
}

describe('webhooks', () => {
  it('delivers the signed event after a receiver failed the first attempts', async () => {
    const receiver = await startWebhookReceiver((attempt) => attempt <= 2);
    cleanups.push(() => receiver.close());
    configure(receiver.url);
    const serve = await serveOn();
    const id = await queueRender(serve);

    await until(() => receiver.received.some((r) => r.answered === 204), 30_000);
    expect(receiver.received.map((r) => r.answered)).toEqual([500, 500, 204]);
    const deliveryIds = new Set(receiver.received.map((r) => r.headers['x-reelforge-delivery']));
    expect(deliveryIds.size).toBe(1);
    for (const request of receiver.received) expectSigned(request);
    // Every attempt carries the same bytes.
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
    const payload = webhookPayloadSchema.parse(JSON.parse(receiver.received[2]!.body));
    expect(payload).toMatchObject({ event: 'render.completed', render: { id, status: 'completed' } });

    await serve.stop();
    // --data-dir names the server's folder, as `serve --data-dir` did; the environment's is not read.
    const log = await runCli(['webhooks', 'log', '--json', '--data-dir', temp.path], {
      ...env,
      REELFORGE_DATA_DIR: join(temp.path, 'not-this-one'),
    });
    expect(log.code).toBe(0);
    expect(jsonLines(log.stdout)).toEqual([
      expect.objectContaining({
        id: payload.id,
        status: 'delivered',
        attempts: 3,
        lastError: 'HTTP 500',
        jobId: id,
      }),
    ]);
  }, 60_000);

  it('keeps retrying across a server restart and delivers the same delivery id', async () => {
    let receiverUp = false;
    const receiver = await startWebhookReceiver(() => !receiverUp);
    cleanups.push(() => receiver.close());
    configure(receiver.url);
    const first = await serveOn();
    await queueRender(first);
    await until(() => receiver.received.length >= 2, 30_000);
    expect(await first.stop()).toBe(0);
    const failedIds = new Set(receiver.received.map((r) => r.headers['x-reelforge-delivery']));
    expect(failedIds.size).toBe(1);

    receiverUp = true;
    await serveOn();
    await until(() => receiver.received.some((r) => r.answered === 204), 30_000);
    const delivered = receiver.received.find((r) => r.answered === 204)!;
    expectSigned(delivered);
    expect(failedIds.has(delivered.headers['x-reelforge-delivery'] as string)).toBe(true);
    expect(receiver.received.filter((r) => r.answered === 204)).toHaveLength(1);
  }, 60_000);

  it('sends the events of a CLI render before the CLI exits', async () => {
    const receiver = await startWebhookReceiver(() => false);
    cleanups.push(() => receiver.close());
    configure(receiver.url);
    const file = join(temp.path, 'fire.json');
    writeFileSync(file, JSON.stringify(sample));
    const run = await runCli(['render', file, '--provider', 'mock', '--json'], {
      ...env,
      REELFORGE_DATA_DIR: temp.path,
    });
    expect(run.code).toBe(0);
    const [job] = jsonLines(run.stdout);
    expect(receiver.received).toHaveLength(1);
    expectSigned(receiver.received[0]!);
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({
      event: 'render.completed',
      render: { id: job!['id'], status: 'completed' },
    });
  }, 60_000);
});
