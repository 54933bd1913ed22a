import { afterEach, describe, expect, it } from 'vitest';
import type { RenderContext } from '#core/provider.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { ProviderOutput } from '#core/result.js';
import { MockVideoProvider } from '../../src/main/infrastructure/providers/mock/mock-video-provider.js';
import { createHarness, type Harness } from '../support/service-harness.js';
import { scriptText } from '../support/scripts.js';
import { until } from '../support/until.js';

// Issue #18: progress jumped back from 43 % to 29 % on cancel. Progress is written to the database
// at most twice a second but announced more often; the cancelled job was saved with the older one.

/** Reports 10 %, then at once 43 % (held back by the write throttle), then waits to be stopped. */
class StopsAt43Percent extends MockVideoProvider {
  reachedPeak = false;
  protected override async render(
    _request: VideoGenerationRequest,
    context: RenderContext,
  ): Promise<ProviderOutput> {
    context.onProgress({ progress: 0.1, stage: 'rendering' });
    context.onProgress({ progress: 0.43, stage: 'rendering' });
    this.reachedPeak = true;
    return new Promise((_, reject) => {
      context.signal.addEventListener('abort', () => reject(context.signal.reason as Error), { once: true });
    });
  }
}

describe('a cancelled render', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('keeps the progress last reported, in the job and in the event the UI gets', async () => {
    const provider = new StopsAt43Percent();
    harness = createHarness({ providers: [provider] });
    const updates: { status: string; progress: number }[] = [];
    harness.service.onJobEvent((event) => {
      if (event.type === 'job-updated')
        updates.push({ status: event.job.status, progress: event.job.progress });
    });
    const job = await harness.service.enqueue(scriptText('air', 'Stopped'), { provider: 'mock' });
    await until(() => provider.reachedPeak);
    const cancelled = await harness.service.cancel(job.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.progress).toBe(0.43);
    expect(harness.service.getJob(job.id).progress).toBe(0.43);
    expect(updates.at(-1)).toEqual({ status: 'cancelled', progress: 0.43 });
  });
});
