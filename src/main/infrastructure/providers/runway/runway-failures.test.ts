import { describe, expect, it } from 'vitest';
import { taskFailureError } from './runway-failures.js';

const id = (t: string) => t;

describe('taskFailureError', () => {
  it('treats SAFETY.* as content moderation, final', () => {
    const error = taskFailureError(
      { id: 't', status: 'FAILED', failureCode: 'SAFETY.INPUT.TEXT', failure: 'x' },
      2,
      id,
    );
    expect(error.retryable).toBe(false);
    expect(error.code).toBe('moderation');
    expect(error.message).toContain(
      "the provider's content moderation refused it (SAFETY.INPUT.TEXT, the clip for scene 2)",
    );
  });

  it('treats INTERNAL.* as retryable, other codes and CANCELLED as final', () => {
    expect(
      taskFailureError({ id: 't', status: 'FAILED', failureCode: 'INTERNAL.BAD_OUTPUT.CODE01' }, 1, id)
        .retryable,
    ).toBe(true);
    expect(
      taskFailureError({ id: 't', status: 'FAILED', failureCode: 'ASSET.INVALID', failure: 'bad' }, 1, id)
        .retryable,
    ).toBe(false);
    expect(taskFailureError({ id: 't', status: 'CANCELLED' }, 1, id).code).toBe('remote_cancelled');
  });
});
