import { describe, expect, it } from 'vitest';
import { makeJob } from '../test-support/fixtures.js';
import { applyCallAnswer } from './apply-call-answer.js';
import { applyJobEvent } from './jobs-state.js';

describe('applyCallAnswer', () => {
  const cancelled = makeJob({ id: 'a', status: 'cancelled', progress: 0.4 });
  const other = makeJob({ id: 'b', status: 'queued' });

  it('applies the answer when nothing changed the job since the call', () => {
    const queued = makeJob({ id: 'a', status: 'queued', progress: 0 });
    expect(applyCallAnswer([cancelled, other], cancelled, queued)).toEqual([queued, other]);
  });

  it('keeps what events brought meanwhile: a retried job already running is not set back to queued', () => {
    const running = makeJob({
      id: 'a',
      status: 'running',
      progress: 0,
      startedAt: '2024-05-01T10:00:05.000Z',
    });
    const afterEvents = applyJobEvent([cancelled, other], { type: 'job-updated', job: running });
    const answer = makeJob({ id: 'a', status: 'queued', progress: 0 });
    const list = applyCallAnswer(afterEvents, cancelled, answer);
    expect(list.find((job) => job.id === 'a')).toEqual(running);
    // The next progress event keeps the start time, so the row shows the elapsed time.
    const progressed = applyJobEvent(list, {
      type: 'job-progress',
      jobId: 'a',
      progress: 0.2,
      stage: 'render',
    });
    expect(progressed.find((job) => job.id === 'a')?.startedAt).toBe('2024-05-01T10:00:05.000Z');
  });

  it('adds the answer for a job the list does not hold', () => {
    const added = makeJob({ id: 'c' });
    expect(applyCallAnswer([other], cancelled, added)).toEqual([other, added]);
  });
});
