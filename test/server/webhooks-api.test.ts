import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDesktopRuntime, type DesktopRuntime } from '../../src/main/desktop-runtime.js';
import { makeTempDir } from '../support/temp-dir.js';

const SECRET = 'signing-secret-never-shown';
let temp: ReturnType<typeof makeTempDir>;
let runtime: DesktopRuntime | undefined;

afterEach(async () => {
  await runtime?.close();
  temp.cleanup();
});

describe('webhooks.list (desktop API)', () => {
  it('shows configured webhooks and deliveries with their last error, never a secret', async () => {
    temp = makeTempDir('reelforge-webhooks-api-');
    // Port 9 (discard) is closed on loopback: every attempt fails with a connection error.
    const url = 'http://127.0.0.1:9/services/T0/B0/receiver-secret?token=abc';
    writeFileSync(
      join(temp.path, 'config.json'),
      JSON.stringify({
        providers: { mock: { simulated_seconds: 0.05 } },
        webhooks: [{ url, secret: SECRET }],
      }),
    );
    runtime = createDesktopRuntime({
      dataDir: temp.path,
      env: { VIDEO_STORAGE_PATH: join(temp.path, 'videos'), REELFORGE_WEBHOOK_RETRY_BASE_MS: '60000' },
      transport: 'loopback',
    });
    const [entry] = await runtime.handlers['library.addFiles']({
      files: [
        {
          name: 'a.txt',
          content: 'Channel: air\nTopic: t\nHook: h\nMain points:\n1. one\nCall to action: go',
        },
      ],
    });
    const { jobs } = await runtime.handlers['jobs.enqueue']({ libraryIds: [entry!.id], provider: 'mock' });
    await runtime.service.waitForJob(jobs[0]!.id);
    // Both deliveries (started, completed) fail their first attempt; the next is a minute away.
    let overview = await runtime.handlers['webhooks.list']({});
    while (overview.deliveries.length < 2 || overview.deliveries.some((d) => d.attempts === 0)) {
      await new Promise((r) => setTimeout(r, 50));
      overview = await runtime.handlers['webhooks.list']({});
    }

    expect(overview.hooks).toEqual([
      {
        url: 'http://127.0.0.1:9/services/…?…',
        events: ['render.started', 'render.completed', 'render.failed', 'render.cancelled'],
      },
    ]);
    expect(overview.deliveries.map((d) => d.event).sort()).toEqual(['render.completed', 'render.started']);
    for (const delivery of overview.deliveries) {
      expect(delivery).toMatchObject({ status: 'pending', attempts: 1, jobId: jobs[0]!.id });
      expect(delivery.lastError).toBeTruthy();
      expect(delivery.nextAttemptAt).toBeDefined();
    }
    const text = JSON.stringify(overview);
    for (const secret of [SECRET, 'receiver-secret', 'token=abc']) expect(text).not.toContain(secret);
  });
});
