import { describe, expect, it } from 'vitest';
import { MockVideoProvider } from '../../src/main/infrastructure/providers/mock/mock-video-provider.js';
import { forwardProgress } from '../../src/main/infrastructure/queue/farm-job-handler.js';
import { scriptText } from '../support/scripts.js';
import { harnessPerTest } from '../support/service-harness.js';

const startHarness = harnessPerTest();

// A worker's side: the progress it forwards from its local render to the coordinator names the
// provider its service picked for an "auto" job, so the coordinator shows it while it renders.
describe('a worker forwarding its local render', () => {

  it('sends the provider an auto job runs on with its progress', async () => {
    // A stand-in "auto" may pick (the real mock is only used when named).
    const standIn = new MockVideoProvider({ id: 'stand-in', simulatedSeconds: 1.5, autoSelectable: true });
    const harness = startHarness({ providers: [standIn] });
    const { service } = harness;
    const sent: { progress: number; stage: string; providerId?: string }[] = [];
    const job = await service.enqueue(scriptText('air', 'Auto on a worker'), { provider: 'auto' });
    const stop = forwardProgress(service, job.id, async (progress, stage, providerId) => {
      sent.push({ progress, stage, ...(providerId !== undefined ? { providerId } : {}) });
    });
    const ended = await service.waitForJob(job.id);
    stop();
    expect([ended.status, ended.error?.message]).toEqual(['completed', undefined]);
    const running = sent.filter((update) => update.progress > 0);
    expect(running.length).toBeGreaterThan(0);
    expect(running.every((update) => update.providerId === 'stand-in')).toBe(true);
  });
});
