import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReelforgeCore, type ReelforgeCore } from '../../src/main/composition-root.js';
import { MockVideoProvider } from '../../src/main/infrastructure/providers/mock/mock-video-provider.js';
import { forwardProgress } from '../../src/main/infrastructure/queue/farm-job-handler.js';
import { scriptText } from '../support/scripts.js';
import { makeTempDir } from '../support/temp-dir.js';

// A worker's side: the progress it forwards from its local render to the coordinator names the
// provider its service picked for an "auto" job, so the coordinator shows it while it renders.
describe('a worker forwarding its local render', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let core: ReelforgeCore;

  beforeEach(() => {
    temp = makeTempDir('reelforge-farm-progress-');
    writeFileSync(
      join(temp.path, 'config.json'),
      JSON.stringify({ global: { output_dir: join(temp.path, 'videos') } }),
    );
    core = createReelforgeCore({
      dataDir: temp.path,
      env: {},
      // A stand-in "auto" may pick (the real mock is only used when named).
      providers: () => [
        new MockVideoProvider({ id: 'stand-in', simulatedSeconds: 1.5, autoSelectable: true }),
      ],
    });
  });

  afterEach(async () => {
    await core.service.close();
    temp.cleanup();
  });

  it('sends the provider an auto job runs on with its progress', async () => {
    const sent: { progress: number; stage: string; providerId?: string }[] = [];
    const job = await core.service.enqueue(scriptText('air', 'Auto on a worker'), { provider: 'auto' });
    const stop = forwardProgress(core.service, job.id, async (progress, stage, providerId) => {
      sent.push({ progress, stage, ...(providerId !== undefined ? { providerId } : {}) });
    });
    const ended = await core.service.waitForJob(job.id);
    stop();
    expect([ended.status, ended.error?.message]).toEqual(['completed', undefined]);
    expect(sent.length).toBeGreaterThan(1);
    const running = sent.filter((update) => update.progress > 0);
    expect(running.length).toBeGreaterThan(0);
    expect(running.every((update) => update.providerId === 'stand-in')).toBe(true);
  });
});
