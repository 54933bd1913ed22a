import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VideoJob } from '#core/job.js';
import { createReelforgeCore, type ReelforgeCore } from '../../src/main/composition-root.js';
import { jsonLines, runCli } from '../support/run-cli.js';
import { removeS3Directory, S3_TEST_KEYS, startS3Server, type TestS3Server } from '../support/s3-server.js';
import { makeTempDir } from '../support/temp-dir.js';
import { until } from '../support/until.js';

const SCRIPT = JSON.stringify({
  channel: 'fire',
  topic: 'Start now',
  hook: 'The perfect moment is a myth.',
  mainPoints: ['Take the smallest step.', 'Set a timer.'],
  callToAction: 'Follow for more.',
});
const FAST_RETRY = { baseMs: 100, maxDelayMs: 400, giveUpAfterMs: 60_000 };

describe('delivery of finished renders to an S3-compatible bucket', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: TestS3Server | undefined;
  let cores: ReelforgeCore[];
  beforeEach(() => {
    temp = makeTempDir('reelforge-delivery-');
    cores = [];
  });
  afterEach(async () => {
    for (const core of cores) await core.service.close();
    if (server) {
      await server.stop().catch(() => undefined);
      removeS3Directory(server);
    }
    server = undefined;
    temp.cleanup();
  });

  function configure(endpoint: string): void {
    const config = {
      providers: { mock: { simulated_seconds: 0.05 } },
      delivery: {
        s3: {
          endpoint,
          bucket: 'renders',
          prefix: 'out/',
          access_key_id: S3_TEST_KEYS.accessKeyId,
          secret_access_key: S3_TEST_KEYS.secretAccessKey,
        },
      },
    };
    writeFileSync(join(temp.path, 'config.json'), JSON.stringify(config));
    writeFileSync(join(temp.path, 'start-now.json'), SCRIPT);
  }

  function openCore(): ReelforgeCore {
    const core = createReelforgeCore({ dataDir: temp.path, env: {}, deliveryRetry: FAST_RETRY });
    cores.push(core);
    return core;
  }

  async function render(core: ReelforgeCore): Promise<VideoJob> {
    const job = await core.service.enqueue(
      { kind: 'file', path: join(temp.path, 'start-now.json') },
      { provider: 'mock', outputDir: join(temp.path, 'videos') },
    );
    return core.service.waitForJob(job.id);
  }

  function deliveredOf(core: ReelforgeCore, id: string): VideoJob {
    return core.service.getJob(id);
  }

  it('uploads the finished file and records the URL it is served from', async () => {
    server = await startS3Server('renders');
    configure(server.endpoint);
    const core = openCore();
    const job = await render(core);
    expect(job.status).toBe('completed');
    await core.delivery.settled(job.id);
    const delivered = deliveredOf(core, job.id);
    expect(delivered.delivery).toMatchObject({ status: 'delivered', attempts: 1 });
    const url = delivered.delivery!.deliveredUrl!;
    expect(url.startsWith(`${server.endpoint}/renders/out/`)).toBe(true);
    const response = await fetch(url);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(job.result!.outputPath));
    expect(existsSync(job.result!.outputPath)).toBe(true);
  });

  it('a failed upload leaves the render completed, and is retried until the bucket is back', async () => {
    // The bucket's address is known but nothing listens there yet.
    const probe = await startS3Server('renders');
    const { port, endpoint } = probe;
    await probe.stop();
    removeS3Directory(probe);
    configure(endpoint);
    const core = openCore();
    const job = await render(core);
    await core.delivery.settled(job.id);
    const pending = deliveredOf(core, job.id);
    expect(pending.status).toBe('completed');
    expect(existsSync(pending.result!.outputPath)).toBe(true);
    expect(pending.delivery).toMatchObject({ status: 'pending', attempts: 1 });
    expect(pending.delivery!.lastError).toMatch(/ECONNREFUSED/);
    expect(Date.parse(pending.delivery!.nextAttemptAt!)).toBeGreaterThan(Date.parse(pending.completedAt!));

    server = await startS3Server('renders', { port });
    await until(() => deliveredOf(core, job.id).delivery?.status === 'delivered', 15_000);
    expect(deliveredOf(core, job.id).delivery!.attempts).toBeGreaterThanOrEqual(2);
  });

  it('a delivery still pending when the app closes is done by the next process', async () => {
    const probe = await startS3Server('renders');
    const { port, endpoint } = probe;
    await probe.stop();
    removeS3Directory(probe);
    configure(endpoint);
    const first = openCore();
    const job = await render(first);
    await first.delivery.settled(job.id);
    expect(deliveredOf(first, job.id).delivery?.status).toBe('pending');
    await first.service.close();
    cores = [];

    server = await startS3Server('renders', { port });
    const second = openCore();
    await until(() => deliveredOf(second, job.id).delivery?.status === 'delivered', 15_000);
    const url = deliveredOf(second, job.id).delivery!.deliveredUrl!;
    expect((await fetch(url)).status).toBe(200);
  });

  it('reelforge render --json waits for the upload and prints deliveredUrl', async () => {
    server = await startS3Server('renders');
    configure(server.endpoint);
    const run = await runCli(
      [
        'render',
        join(temp.path, 'start-now.json'),
        '--provider',
        'mock',
        '--out',
        join(temp.path, 'cli'),
        '--json',
      ],
      { REELFORGE_DATA_DIR: temp.path },
    );
    expect(run.code).toBe(0);
    const [line] = jsonLines(run.stdout);
    expect(line!['deliveredUrl']).toMatch(new RegExp(`^${server.endpoint}/renders/out/`));
    expect((await fetch(String(line!['deliveredUrl']))).status).toBe(200);
  });
});
