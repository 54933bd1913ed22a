import { describe, expect, it } from 'vitest';
import type { RunEnd } from './ffmpeg-adapter.js';
import {
  runSideBySide,
  type JobControls,
  type PartJob,
  type SideBySideOptions,
} from './side-by-side-parts.js';

/** Stand-in ffmpeg runs the test ends by hand; a run asked to finish early does so at once. */
class FakeRuns {
  readonly started: PartJob[] = [];
  readonly controls = new Map<number, JobControls>();
  readonly #ends = new Map<number, { resolve: (end: RunEnd) => void; reject: (error: unknown) => void }>();

  launch = (job: PartJob, controls: JobControls): Promise<RunEnd> => {
    this.started.push(job);
    this.controls.set(job.id, controls);
    return new Promise<RunEnd>((resolve, reject) => {
      this.#ends.set(job.id, { resolve, reject });
      controls.finishEarly.addEventListener('abort', () => resolve('finished early'));
      controls.signal.addEventListener('abort', () => reject(new Error(`run ${job.id} killed`)));
    });
  };

  finish(id: number): void {
    this.#ends.get(id)!.resolve('done');
  }

  fail(id: number, error: Error): void {
    this.#ends.get(id)!.reject(error);
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function options(runs: FakeRuns, overrides: Partial<SideBySideOptions> = {}): SideBySideOptions {
  return {
    jobs: [
      { id: 0, range: { start: 0, end: 100 }, audio: false },
      { id: 1, range: { start: 100, end: 300 }, audio: true },
    ],
    signal: new AbortController().signal,
    launch: runs.launch,
    framesWritten: async () => 40,
    worthRebalancing: () => true,
    splitRest: (rest) => (rest.start + rest.end) / 2,
    maxRebalances: 2,
    ...overrides,
  };
}

describe('runSideBySide', () => {
  it('runs the jobs side by side and returns their files in output order', async () => {
    const runs = new FakeRuns();
    const asked: unknown[] = [];
    const result = runSideBySide(options(runs, { worthRebalancing: (p) => (asked.push(p), false) }));
    await tick();
    expect(runs.started.map((j) => j.id)).toEqual([0, 1]);
    runs.finish(1);
    await tick();
    runs.finish(0);
    const { parts, seconds, rebalances } = await result;
    expect(parts).toEqual([
      { id: 0, range: { start: 0, end: 100 } },
      { id: 1, range: { start: 100, end: 300 } },
    ]);
    expect(rebalances).toBe(0);
    expect(seconds.every((s) => s > 0)).toBe(true);
    expect(asked).toHaveLength(1); // asked once, about job 0 left running alone
  });

  it('finishes the job left running early and splits its rest into two new jobs; the last keeps the sound', async () => {
    const runs = new FakeRuns();
    const rests: unknown[] = [];
    const totals: number[] = [];
    let asked = 0;
    const result = runSideBySide(
      options(runs, {
        worthRebalancing: () => ++asked === 1,
        splitRest: (rest) => (rests.push(rest), 200),
        onFramesDone: (frames) => totals.push(frames),
      }),
    );
    await tick();
    runs.controls.get(1)!.onFramesDone(30);
    runs.finish(0);
    await tick();
    await tick();
    // Job 1 wrote 40 frames (100–139) before it stopped: the rest 140–300 is cut at 200.
    expect(rests).toEqual([{ start: 140, end: 300 }]);
    expect(runs.started.slice(2)).toEqual([
      { id: 2, range: { start: 140, end: 200 }, audio: false },
      { id: 3, range: { start: 200, end: 300 }, audio: true },
    ]);
    expect(totals.at(-1)).toBe(140); // 100 done by job 0, 40 kept from job 1
    runs.finish(3);
    await tick();
    runs.finish(2);
    const { parts, rebalances, seconds } = await result;
    expect(parts.map((p) => [p.id, p.range.start, p.range.end])).toEqual([
      [0, 0, 100],
      [1, 100, 140],
      [2, 140, 200],
      [3, 200, 300],
    ]);
    // Job 3 ended first, leaving job 2 alone: asked again, and kept running when not worth it.
    expect(asked).toBe(2);
    expect(rebalances).toBe(1);
    expect(seconds[1]).toBe(0);
  });

  it.each<[string, Partial<SideBySideOptions>]>([
    ['left no frames', { framesWritten: async () => 0, splitRest: () => undefined }],
    ['stopped where no part may start', { splitRest: () => 'restart' }],
  ])('runs the whole job again when it %s, and keeps no file of it', async (_, overrides) => {
    const runs = new FakeRuns();
    const result = runSideBySide(options(runs, { ...overrides, maxRebalances: 1 }));
    await tick();
    runs.finish(0);
    await tick();
    await tick();
    expect(runs.started.slice(2)).toEqual([{ id: 2, range: { start: 100, end: 300 }, audio: true }]);
    runs.finish(2);
    expect((await result).parts).toEqual([
      { id: 0, range: { start: 0, end: 100 } },
      { id: 2, range: { start: 100, end: 300 } },
    ]);
  });

  it('runs a rest too short to cut as one job, and shares at most maxRebalances times', async () => {
    const runs = new FakeRuns();
    let asked = 0;
    const result = runSideBySide(
      options(runs, {
        splitRest: (rest) => rest.end,
        maxRebalances: 1,
        worthRebalancing: () => (asked++, true),
      }),
    );
    await tick();
    runs.finish(0);
    await tick();
    await tick();
    expect(runs.started.slice(2)).toEqual([{ id: 2, range: { start: 140, end: 300 }, audio: true }]);
    runs.finish(2);
    const { parts, rebalances } = await result;
    expect(parts.map((p) => p.id)).toEqual([0, 1, 2]);
    expect([rebalances, asked]).toEqual([1, 1]);
  });

  it('never asks with no rebalancing allowed', async () => {
    const runs = new FakeRuns();
    let asked = 0;
    const result = runSideBySide(
      options(runs, { maxRebalances: 0, worthRebalancing: () => (asked++, true) }),
    );
    await tick();
    runs.finish(0);
    await tick();
    runs.finish(1);
    expect((await result).rebalances).toBe(0);
    expect(asked).toBe(0);
  });

  it('stops the others when one fails and throws that failure once all have ended', async () => {
    const runs = new FakeRuns();
    const result = runSideBySide(options(runs, { worthRebalancing: () => false }));
    await tick();
    runs.fail(0, new Error('part 0 broke'));
    await expect(result).rejects.toThrow('part 0 broke');
    expect(runs.controls.get(1)!.signal.aborted).toBe(true);
  });

  it('throws the abort when cancelled', async () => {
    const runs = new FakeRuns();
    const controller = new AbortController();
    const result = runSideBySide(options(runs, { signal: controller.signal }));
    await tick();
    controller.abort(new Error('cancelled by the user'));
    await expect(result).rejects.toThrow('cancelled by the user');
    expect(runs.started).toHaveLength(2);
  });
});
