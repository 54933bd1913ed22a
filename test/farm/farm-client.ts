import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import { renderViewSchema } from '../../src/shared/rest-contract.js';
import type { FarmWorkerProcess } from './farm-processes.js';

/** The coordinator's REST API, however the test reaches it (loopback, or a Unix socket proxy). */
export type FarmApi = (
  path: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string },
) => Promise<Response>;

/** What the farm tests do through the coordinator's API, and what they read from the workers' logs. */
export function farmClient(
  api: FarmApi,
  script: Record<string, unknown>,
  workers: () => readonly FarmWorkerProcess[],
) {
  const submit = async (body: Record<string, unknown>): Promise<string> => {
    const response = await api('/v1/renders', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ script, ...body }),
    });
    expect(response.status).toBe(202);
    return ((await response.json()) as { id: string }).id;
  };
  const render = async (id: string) => renderViewSchema.parse(await (await api(`/v1/renders/${id}`)).json());
  const untilEnded = async (id: string) => {
    await expect
      .poll(async () => (await render(id)).status, { interval: 100, timeout: 40_000 })
      .toMatch(/^(completed|failed|cancelled|interrupted)$/);
    return render(id);
  };
  /** How often the workers' logs say they completed the job (each completion is logged once). */
  const completions = (id: string): number =>
    workers().reduce((n, w) => n + w.output().split(`job ${id}: completed`).length - 1, 0);
  /** The worker logs a completion after the coordinator took it: wait for the line, then count. */
  const expectCompletedOnce = async (id: string): Promise<void> => {
    await expect.poll(() => completions(id), { interval: 50, timeout: 5_000 }).toBeGreaterThanOrEqual(1);
    expect(completions(id)).toBe(1);
  };
  /** Submits a mock render and waits until a worker runs it: the job, its holder and the other worker. */
  const startMockOnAWorker = async () => {
    const id = await submit({ provider: 'mock' });
    await expect
      .poll(async () => (await render(id)).progress, { interval: 50, timeout: 20_000 })
      .toBeGreaterThan(0);
    const holderName = (await render(id)).worker;
    const holder = workers().find((w) => w.name === holderName)!;
    const other = workers().find((w) => w !== holder)!;
    return { id, holder, other };
  };
  /**
   * Queues an ffmpeg draft, cancels it on the coordinator once a worker's ffmpeg runs (found by
   * its output under `workersDir`), and checks that ffmpeg is gone within 1 s.
   */
  const cancelRunningFfmpeg = async (workersDir: string) => {
    const id = await submit({ provider: 'ffmpeg', quality: 'draft' });
    const ffmpegOnWorkers = (): number => {
      try {
        return execFileSync('pgrep', ['-f', `ffmpeg.*${workersDir}/worker-`])
          .toString()
          .trim()
          .split('\n').length;
      } catch {
        return 0; // pgrep exits 1 when nothing matches
      }
    };
    await expect.poll(ffmpegOnWorkers, { interval: 50, timeout: 30_000 }).toBeGreaterThan(0);
    const cancelled = await api(`/v1/renders/${id}`, { method: 'DELETE' });
    expect(cancelled.status).toBe(200);
    expect(renderViewSchema.parse(await cancelled.json()).status).toBe('cancelled');
    await expect.poll(ffmpegOnWorkers, { interval: 50, timeout: 1000 }).toBe(0);
    expect(completions(id)).toBe(0);
    expect((await render(id)).status).toBe('cancelled');
  };
  return {
    submit,
    render,
    untilEnded,
    completions,
    expectCompletedOnce,
    startMockOnAWorker,
    cancelRunningFfmpeg,
  };
}
