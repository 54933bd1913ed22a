import { describe, expect, it } from 'vitest';
import {
  CancelledError,
  NoSuitableProviderError,
  ProviderError,
  ShutdownError,
  TimeoutError,
} from '#core/errors.js';
import type { VideoJob } from '../job.js';
import { nextStateAfterFailure, type FailureContext } from './failure-outcome.js';

const NOW = '2026-12-04T10:00:00.000Z';
const context: FailureContext = { providerId: 'remotion', canResume: false, closing: false, now: NOW };
const job = (provider: string, trail: VideoJob['fallbackTrail'] = []) =>
  ({ id: 'j1', options: { provider }, fallbackTrail: trail }) as unknown as VideoJob;

describe('nextStateAfterFailure', () => {
  it('a cancel ends the job "cancelled" with the reason, and is not the provider\'s failure', () => {
    const outcome = nextStateAfterFailure(job('auto'), new CancelledError('stop'), context);
    expect(outcome).toEqual({
      kind: 'cancelled',
      ended: true,
      update: {
        status: 'cancelled',
        stage: 'cancelled',
        completedAt: NOW,
        error: { code: 'cancelled', message: 'stop' },
      },
    });
  });

  it('a shutdown queues a resumable remote render again, and interrupts anything else', () => {
    const resumable = nextStateAfterFailure(job('synthesia'), new ShutdownError(), {
      ...context,
      canResume: true,
    });
    expect(resumable).toMatchObject({
      kind: 'resume-later',
      ended: false,
      update: { status: 'queued', stage: 'waiting to resume at remotion', clear: ['ownerPid', 'startedAt'] },
    });
    expect(resumable.providerFailure).toBeUndefined();
    const local = nextStateAfterFailure(job('auto'), new ShutdownError('closed'), context);
    expect(local).toMatchObject({
      kind: 'interrupted',
      ended: true,
      update: {
        status: 'interrupted',
        error: { code: 'interrupted', message: 'closed' },
        clear: ['ownerPid'],
      },
    });
  });

  it('a retryable provider error on an auto job falls back, adding to the trail', () => {
    const earlier = { providerId: 'runway', error: 'x', retryable: true, at: 'then' };
    const error = new ProviderError('remotion', 'browser crashed', { retryable: true });
    const outcome = nextStateAfterFailure(job('auto', [earlier]), error, context);
    expect(outcome).toEqual({
      kind: 'fall-back',
      ended: false,
      providerFailure: 'remotion: browser crashed',
      update: {
        status: 'queued',
        progress: 0,
        stage: 'falling back after remotion failed',
        fallbackTrail: [
          earlier,
          { providerId: 'remotion', error: 'remotion: browser crashed', retryable: true, at: NOW },
        ],
        clear: ['providerId', 'startedAt', 'checkpoint'],
      },
    });
  });

  it.each([
    [
      'a named provider',
      job('remotion'),
      new ProviderError('remotion', 'crash', { retryable: true }),
      context,
    ],
    ['a final error', job('auto'), new ProviderError('remotion', 'bad key', { code: 'auth' }), context],
    [
      'a closing service',
      job('auto'),
      new ProviderError('remotion', 'crash', { retryable: true }),
      { ...context, closing: true },
    ],
  ])('fails for good with %s', (_name, theJob, error, ctx) => {
    const outcome = nextStateAfterFailure(theJob, error, ctx);
    expect(outcome.kind).toBe('failed');
    expect(outcome.ended).toBe(true);
    expect(outcome.providerFailure).toBe(error.message);
    expect(outcome.update).toMatchObject({ status: 'failed', stage: 'failed', completedAt: NOW });
  });

  it("names the error kind: timeout, no provider, the provider's code, or a plain error", () => {
    const code = (error: unknown) =>
      (nextStateAfterFailure(job('ffmpeg'), error, context).update.error as { code: string }).code;
    expect(code(new TimeoutError('ffmpeg render', 5))).toBe('timeout');
    expect(code(new NoSuitableProviderError('none'))).toBe('no_provider');
    expect(code(new ProviderError('ffmpeg', 'x', { code: 'ffmpeg_failed' }))).toBe('ffmpeg_failed');
    expect(code(new Error('boom'))).toBe('error');
  });
});
