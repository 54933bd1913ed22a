import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScriptValidationError } from '#core/errors.js';
import { MockVideoProvider } from '../../src/main/infrastructure/providers/mock/mock-video-provider.js';
import { CountingProvider, harnessPerTest } from '../support/service-harness.js';
import { scriptText } from '../support/scripts.js';
import { until } from '../support/until.js';


const startHarness = harnessPerTest();

describe('VideoGenerationService', () => {
  it('renders a script end to end and records it in history and metrics', async () => {
    const harness = startHarness({ providers: [new MockVideoProvider({ simulatedSeconds: 0.05 })] });
    const job = await harness.service.generateVideo(scriptText('water', 'Calm tide'), {
      provider: 'mock',
      quality: 'draft',
    });
    expect(job.status).toBe('completed');
    expect(job.providerId).toBe('mock');
    expect(job.result?.outputPath.startsWith(harness.outputDir)).toBe(true);
    const manifest = JSON.parse(readFileSync(job.result!.outputPath, 'utf8'));
    expect(manifest.timeline.scenes).toHaveLength(5);
    expect(manifest.width).toBe(540);
    expect(harness.service.history().map((j) => j.id)).toEqual([job.id]);
    const metrics = harness.service.getMetrics();
    expect(metrics.providers.find((m) => m.providerId === 'mock')?.successes).toBe(1);
    expect(metrics.byChannel).toEqual({ water: 1 });
  });

  it('rejects an invalid script with a ScriptValidationError and queues nothing', async () => {
    const harness = startHarness({ providers: [new MockVideoProvider({ simulatedSeconds: 0 })] });
    await expect(
      harness.service.enqueue(
        { kind: 'text', name: 'bad.json', content: '{"channel":"air"' },
        { provider: 'mock' },
      ),
    ).rejects.toBeInstanceOf(ScriptValidationError);
    expect(harness.service.listJobs()).toHaveLength(0);
  });

  it('keeps a batch going when one script is bad', async () => {
    const harness = startHarness({ providers: [new MockVideoProvider({ simulatedSeconds: 0.02 })] });
    const entries = await harness.service.generateBatch(
      [scriptText('air', 'One'), { kind: 'text', name: 'broken.md', content: '' }, scriptText('fire', 'Two')],
      { provider: 'mock', quality: 'draft' },
    );
    expect(entries.map((e) => (e.job ? 'job' : 'error'))).toEqual(['job', 'error', 'job']);
    expect(entries[1]!.error).toBeInstanceOf(ScriptValidationError);
    const done = await Promise.all(
      entries.filter((e) => e.job).map((e) => harness.service.waitForJob(e.job!.id)),
    );
    expect(done.map((j) => j.status)).toEqual(['completed', 'completed']);
  });

  /** Queues `count` mock jobs (T0, T1, …) under the limits and waits for them: the counting provider. */
  const runUnderLimits = async (limits: { global: number; mock: number }, count: number) => {
    const provider = new CountingProvider({ simulatedSeconds: 0.1 });
    const harness = startHarness({
      providers: [provider],
      config: {
        global: { max_concurrent_generations: limits.global },
        providers: { mock: { max_concurrent: limits.mock } },
      },
    });
    const jobs = [];
    for (let i = 0; i < count; i += 1)
      jobs.push(await harness.service.enqueue(scriptText('air', `T${i}`), { provider: 'mock' }));
    await Promise.all(jobs.map((j) => harness.service.waitForJob(j.id)));
    return provider;
  };

  it('never runs more jobs than the global limit, in queue order', async () => {
    const provider = await runUnderLimits({ global: 2, mock: 5 }, 6);
    expect(provider.maxRunning).toBe(2);
    expect(provider.started).toEqual(['T0', 'T1', 'T2', 'T3', 'T4', 'T5']);
  });

  it("honours each provider's max_concurrent", async () => {
    const provider = await runUnderLimits({ global: 4, mock: 1 }, 3);
    expect(provider.maxRunning).toBe(1);
  });

  it('cancels a running job promptly and a queued one at once, leaving no partial file', async () => {
    const harness = startHarness({
      providers: [new MockVideoProvider({ simulatedSeconds: 30 })],
      config: { global: { max_concurrent_generations: 1 } },
    });
    const running = await harness.service.enqueue(scriptText('air', 'Long'), { provider: 'mock' });
    const waiting = await harness.service.enqueue(scriptText('air', 'Next'), { provider: 'mock' });
    await until(() => harness.service.getJob(running.id).status === 'running');
    const started = Date.now();
    const cancelled = await harness.service.cancel(running.id);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(cancelled.status).toBe('cancelled');
    expect((await harness.service.cancel(waiting.id)).status).toBe('cancelled');
    expect(existsSync(harness.outputDir) ? readdirSync(harness.outputDir) : []).toEqual([]);
  });

  it('fails a job that exceeds its provider timeout, naming the timeout', async () => {
    const harness = startHarness({
      providers: [new MockVideoProvider({ simulatedSeconds: 30 })],
      config: { providers: { mock: { timeout_seconds: 0.2 } } },
    });
    const job = await harness.service.generateVideo(scriptText(), { provider: 'mock' });
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('timeout');
    expect(job.error?.message).toMatch(/timed out after 0.2 s/);
  });

  /** A mock "auto" may pick that fails every render with `message`. */
  const failingAutoMock = (id: string, message: string, retryable: boolean) =>
    new MockVideoProvider({
      id,
      autoSelectable: true,
      simulatedSeconds: 0.01,
      failWith: { message, retryable },
    });
  /** A mock "auto" may pick that always renders. */
  const steadyAutoMock = () =>
    new MockVideoProvider({ id: 'steady', autoSelectable: true, simulatedSeconds: 0.01 });

  it('falls back to the next provider on a retryable error in auto mode and records the trail', async () => {
    const flaky = failingAutoMock('flaky', 'browser crashed', true);
    const steady = steadyAutoMock();
    const harness = startHarness({
      providers: [flaky, steady],
      config: { global: { default_provider: 'flaky' } },
    });
    const job = await harness.service.generateVideo(scriptText(), { provider: 'auto' });
    expect(job.status).toBe('completed');
    expect(job.providerId).toBe('steady');
    expect(job.fallbackTrail.map((a) => a.providerId)).toEqual(['flaky']);
    expect(job.result?.fallbackTrail[0]?.error).toMatch(/browser crashed/);
  });

  it('does not fall back on a fatal error, nor when the provider was chosen by name', async () => {
    const fatal = failingAutoMock('fatal', 'bad request', false);
    const flaky = failingAutoMock('flaky', 'busy', true);
    const steady = steadyAutoMock();
    const harness = startHarness({
      providers: [fatal, flaky, steady],
      config: { global: { default_provider: 'fatal' } },
    });
    const auto = await harness.service.generateVideo(scriptText(), { provider: 'auto' });
    expect(auto.status).toBe('failed');
    expect(auto.error?.message).toMatch(/bad request/);
    const named = await harness.service.generateVideo(scriptText(), { provider: 'flaky' });
    expect(named.status).toBe('failed');
    expect(named.fallbackTrail).toEqual([]);
  });

  it('fails clearly when auto finds no usable provider', async () => {
    const harness = startHarness({ providers: [new MockVideoProvider({ simulatedSeconds: 0 })] });
    const job = await harness.service.generateVideo(scriptText(), { provider: 'auto' });
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('no_provider');
    expect(job.error?.message).toMatch(/mock: only used when chosen by name/);
  });

  it('retries a failed job with the same script', async () => {
    let fail = true;
    const provider = new (class extends MockVideoProvider {
      protected override async render(...args: Parameters<MockVideoProvider['render']>) {
        if (fail) throw new Error('disk full');
        return super.render(...args);
      }
    })({ simulatedSeconds: 0.01 });
    const harness = startHarness({ providers: [provider] });
    const failed = await harness.service.generateVideo(scriptText(), { provider: 'mock' });
    expect(failed.status).toBe('failed');
    expect(failed.error?.message).toMatch(/disk full/);
    fail = false;
    harness.service.retry(failed.id);
    const retried = await harness.service.waitForJob(failed.id);
    expect(retried.status).toBe('completed');
    expect(retried.error).toBeUndefined();
  });

  it('emits progress events that stay within 0–1 and end at completion', async () => {
    const harness = startHarness({ providers: [new MockVideoProvider({ simulatedSeconds: 0.3 })] });
    const progress: number[] = [];
    harness.service.onJobEvent((e) => {
      if (e.type === 'job-progress') progress.push(e.progress);
    });
    const job = await harness.service.generateVideo(scriptText(), { provider: 'mock' });
    expect(job.progress).toBe(1);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p >= progress[i - 1]!))).toBe(true);
  });

  it('deletes a finished job with its files', async () => {
    const harness = startHarness({ providers: [new MockVideoProvider({ simulatedSeconds: 0 })] });
    const job = await harness.service.generateVideo(scriptText(), { provider: 'mock' });
    await harness.service.deleteJob(job.id, { deleteFiles: true });
    expect(existsSync(job.result!.outputPath)).toBe(false);
    expect(harness.service.listJobs()).toEqual([]);
  });
});
