import { describe, expect, it } from 'vitest';
import { makeEntry, makeJob } from '../test-support/fixtures.js';
import { etaSeconds, recentEtaSeconds, secondsBetween, withSample, type ProgressSample } from './eta.js';
import { formatClock, formatDuration } from './format.js';
import { applyJobEvent, sortQueue, trimFinished } from './jobs-state.js';
import { applyLibraryEvent, upsertEntries } from './library-state.js';

describe('applyJobEvent', () => {
  const running = makeJob({ id: 'a', status: 'running', progress: 0.1, stage: 'preparing' });

  it('merges progress events into the known job', () => {
    const [job] = applyJobEvent([running], {
      type: 'job-progress',
      jobId: 'a',
      progress: 0.4,
      stage: 'encoding',
    });
    expect(job).toMatchObject({ id: 'a', progress: 0.4, stage: 'encoding', topic: running.topic });
  });

  it('ignores progress for unknown jobs and for finished ones', () => {
    const done = makeJob({ id: 'b', status: 'completed', progress: 1, stage: 'done' });
    const after = applyJobEvent([done], { type: 'job-progress', jobId: 'b', progress: 0.5, stage: 'late' });
    expect(after[0]).toBe(done);
    expect(applyJobEvent([done], { type: 'job-progress', jobId: 'zzz', progress: 0.5, stage: 'x' })).toEqual([
      done,
    ]);
  });

  it('adds, replaces and removes jobs', () => {
    const added = applyJobEvent([], { type: 'job-added', job: running });
    const updated = applyJobEvent(added, { type: 'job-updated', job: { ...running, status: 'completed' } });
    expect(updated).toHaveLength(1);
    expect(updated[0]!.status).toBe('completed');
    expect(applyJobEvent(updated, { type: 'job-removed', jobId: 'a' })).toEqual([]);
  });

  it('sorts running, then queued oldest first, then finished newest first, and trims finished', () => {
    const jobs = [
      makeJob({ id: 'f1', status: 'completed', completedAt: '2024-01-01T00:00:00Z' }),
      makeJob({ id: 'q2', status: 'queued', createdAt: '2024-01-02T00:00:02Z' }),
      makeJob({ id: 'r', status: 'running' }),
      makeJob({ id: 'q1', status: 'queued', createdAt: '2024-01-02T00:00:01Z' }),
      makeJob({ id: 'f2', status: 'failed', completedAt: '2024-01-03T00:00:00Z' }),
    ];
    expect(sortQueue(jobs).map((j) => j.id)).toEqual(['r', 'q1', 'q2', 'f2', 'f1']);
    expect(trimFinished(jobs, 1).map((j) => j.id)).toEqual(['r', 'q1', 'q2', 'f2']);
  });
});

describe('applyLibraryEvent', () => {
  it('puts new entries first, replaces known ones in place and removes by id', () => {
    const a = makeEntry({ id: 'a' });
    const b = makeEntry({ id: 'b' });
    const list = upsertEntries([a], [b]);
    expect(list.map((e) => e.id)).toEqual(['b', 'a']);
    const changed = applyLibraryEvent(list, { type: 'entry-updated', entry: { ...a, topic: 'New' } });
    expect(changed.map((e) => e.topic)).toEqual([b.topic, 'New']);
    expect(applyLibraryEvent(changed, { type: 'entry-removed', id: 'b' }).map((e) => e.id)).toEqual(['a']);
  });
});

describe('etaSeconds', () => {
  it('extrapolates the rate so far', () => {
    expect(etaSeconds(0.25, 10)).toBeCloseTo(30);
    expect(etaSeconds(1, 10)).toBe(0);
  });
  it('says nothing before there is enough to go on', () => {
    expect(etaSeconds(0, 10)).toBeUndefined();
    expect(etaSeconds(0.5, 0.2)).toBeUndefined();
  });
  it('measures elapsed time from an ISO instant', () => {
    expect(secondsBetween('2024-01-01T00:00:00Z', Date.parse('2024-01-01T00:00:30Z'))).toBe(30);
  });
});

describe('format', () => {
  it('formats clocks and durations', () => {
    expect(formatClock(65.9)).toBe('1:05');
    expect(formatClock(3723)).toBe('1:02:03');
    expect(formatDuration(3.21)).toBe('3.2 s');
    expect(formatDuration(65)).toBe('1 min 5 s');
  });
});

describe('recentEtaSeconds', () => {
  /** A Remotion-like render: 8 s of bundling at ≈ 0 %, then 10 % a second. */
  function remotionLike(untilSeconds: number): ProgressSample[] {
    let samples: ProgressSample[] = [];
    for (let t = 0; t <= untilSeconds; t += 0.5) {
      const progress = t < 8 ? 0.01 * (t / 8) : Math.min(1, 0.01 + 0.1 * (t - 8));
      samples = withSample(samples, { atMs: t * 1000, progress });
    }
    return samples;
  }

  it('follows the recent pace, not the average since the start', () => {
    const samples = remotionLike(12);
    const progress = samples.at(-1)!.progress;
    const truth = (1 - progress) / 0.1;
    const overall = etaSeconds(progress, 12)!;
    const recent = recentEtaSeconds(samples, 12_000, 12)!;
    expect(overall).toBeGreaterThan(truth * 2);
    expect(Math.abs(recent - truth)).toBeLessThan(truth * 0.25);
  });

  it('falls back to the average early on or when nothing moved lately', () => {
    expect(recentEtaSeconds([], 5000, 5)).toBeUndefined();
    const stalled = [
      { atMs: 0, progress: 0.2 },
      { atMs: 1000, progress: 0.4 },
    ];
    expect(recentEtaSeconds(stalled, 20_000, 20)).toBeCloseTo(etaSeconds(0.4, 20)!);
    expect(withSample(stalled, { atMs: 30_000, progress: 0.4 })).toHaveLength(2);
  });
});
