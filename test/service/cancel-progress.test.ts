import { describe, expect, it } from 'vitest';
import type { RenderContext } from '#core/provider.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { ProviderOutput } from '#core/result.js';
import { MockVideoProvider } from '../../src/main/infrastructure/providers/mock/mock-video-provider.js';
import { harnessPerTest } from '../support/service-harness.js';
import { scriptText } from '../support/scripts.js';
import { until } from '../support/until.js';

// Issue #18: progress jumped back from 43 % to 29 % on cancel. Progress is written to the database
// at most twice a second but announced more often; the cancelled job was saved with the older one.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reports 10 %, then at once 43 % (held back by the write throttle), then waits to be stopped;
 * once stopped it does `windDown` (like a render process that takes a moment to stop and still
 * reports frames already encoded) and fails. A retried run reports 5 % and waits.
 */
class StopsAt43Percent extends MockVideoProvider {
  runs = 0;
  reachedPeak = false;
  constructor(
    private readonly windDown: (report: (progress: number) => void) => Promise<void> = async () => {},
  ) {
    super();
  }
  protected override async render(
    _request: VideoGenerationRequest,
    context: RenderContext,
  ): Promise<ProviderOutput> {
    const run = (this.runs += 1);
    const report = (progress: number) => context.onProgress({ progress, stage: 'rendering' });
    if (run > 1) report(0.05);
    else {
      report(0.1);
      report(0.43);
      this.reachedPeak = true;
    }
    await new Promise((resolve) => context.signal.addEventListener('abort', resolve, { once: true }));
    if (run === 1) await this.windDown(report);
    throw context.signal.reason as Error;
  }
}

const startHarness = harnessPerTest();

describe('a cancelled render', () => {

  it('keeps the progress last reported, in the job and in the event the UI gets', async () => {
    const provider = new StopsAt43Percent();
    const harness = startHarness({ providers: [provider] });
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

describe('a render cancelled and retried at once', () => {

  // Issue #18: after Retry the bar jumped back and forth, as the stopped run's late reports (and
  // its throttle's held-back one) were announced for the same job as the new run's.
  it('announces nothing from the stopped run once it is cancelled', async () => {
    const provider = new StopsAt43Percent(async (report) => {
      await sleep(20);
      report(0.6);
      await sleep(130);
      report(0.7);
      await sleep(150);
    });
    const harness = startHarness({ providers: [provider] });
    const progress: number[] = [];
    harness.service.onJobEvent((event) => {
      if (event.type === 'job-progress') progress.push(event.progress);
    });
    const job = await harness.service.enqueue(scriptText('air', 'Retried'), { provider: 'mock' });
    await until(() => progress.includes(0.43) || progress.includes(0.1));
    const beforeCancel = progress.length;
    await harness.service.cancel(job.id);
    await harness.service.retry(job.id);
    await until(() => provider.runs === 2 && progress.includes(0.05));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(progress.slice(beforeCancel)).toEqual([0.05]);
    expect(harness.service.getJob(job.id)).toMatchObject({ status: 'running', progress: 0.05 });
  });
});
