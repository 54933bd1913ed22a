import { describe, expect, it } from 'vitest';
import { applyJobUpdate } from './job-update.js';
import { makeJob } from './test-fixtures.js';

describe('applyJobUpdate', () => {
  const failed = makeJob({
    status: 'failed',
    providerId: 'ffmpeg',
    startedAt: '2025-01-01T12:00:10.000Z',
    error: { code: 'provider_error', message: 'ffmpeg exited with 1' },
  });

  it('replaces the fields it sets and keeps the others', () => {
    const next = applyJobUpdate(failed, { status: 'running', progress: 0.5 });
    expect(next).toEqual({ ...failed, status: 'running', progress: 0.5 });
  });

  it('leaves a field alone when the update holds undefined for it', () => {
    expect(applyJobUpdate(failed, { providerId: undefined }).providerId).toBe('ffmpeg');
  });

  it('removes cleared fields entirely', () => {
    const next = applyJobUpdate(failed, { status: 'queued', clear: ['error', 'providerId', 'startedAt'] });
    expect(next.status).toBe('queued');
    expect('error' in next).toBe(false);
    expect('providerId' in next).toBe(false);
    expect('startedAt' in next).toBe(false);
  });

  it('refuses to set and clear the same field', () => {
    expect(() => applyJobUpdate(failed, { error: { code: 'x', message: 'y' }, clear: ['error'] })).toThrow(
      `update of job ${failed.id}: "error" is both set and cleared`,
    );
  });

  it('does not modify the job it was given', () => {
    applyJobUpdate(failed, { status: 'completed', clear: ['error'] });
    expect(failed.status).toBe('failed');
    expect(failed.error).toBeDefined();
  });
});
