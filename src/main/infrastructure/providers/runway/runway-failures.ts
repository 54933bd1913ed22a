import { ProviderError } from '#core/errors.js';
import { MODERATION_MESSAGE } from '../cloud/provider-errors.js';
import type { RunwayTask } from './runway-task.js';

/** New tasks made for a clip whose task failed with Runway's own INTERNAL.* error, before giving up. */
export const INTERNAL_FAILURE_RETRIES = 1;

/** A task Runway failed for its own reasons (quality or system), not because of the input. */
export function isInternalFailure(task: RunwayTask): boolean {
  return task.status === 'FAILED' && (task.failureCode ?? '').startsWith('INTERNAL');
}

/**
 * A FAILED or CANCELLED task as a `ProviderError`, per https://docs.dev.runwayml.com/errors/task-failures/:
 * `SAFETY.*` is content moderation (never retry), `INTERNAL.*` is Runway's own failure (the clip
 * is generated once more first; if that fails too the error is retryable, so "auto" falls back),
 * anything else is about the input (not retryable).
 */
export function taskFailureError(
  task: RunwayTask,
  sceneNumber: number,
  redact: (text: string) => string,
): ProviderError {
  const where = `the clip for scene ${sceneNumber}`;
  if (task.status === 'CANCELLED') {
    return new ProviderError('runway', `${where} was cancelled at Runway (task ${task.id})`, {
      code: 'remote_cancelled',
      retryable: false,
    });
  }
  const code = task.status === 'FAILED' ? (task.failureCode ?? '') : '';
  const failure = task.status === 'FAILED' && task.failure ? `: ${redact(task.failure)}` : '';
  if (code.startsWith('SAFETY.')) {
    return new ProviderError(
      'runway',
      `${MODERATION_MESSAGE} (${code}, ${where}); change the scene's text or the channel's prompt template`,
      { code: 'moderation', retryable: false },
    );
  }
  if (isInternalFailure(task)) {
    return new ProviderError('runway', `Runway failed to generate ${where} (${code})${failure}`, {
      code: 'provider_failed',
      retryable: true,
    });
  }
  return new ProviderError(
    'runway',
    `Runway could not generate ${where}${code ? ` (${code})` : ''}${failure}`,
    {
      code: 'task_failed',
      retryable: false,
    },
  );
}
