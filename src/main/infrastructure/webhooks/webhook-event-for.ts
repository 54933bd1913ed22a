import type { VideoStatus } from '#core/video-status.js';
import type { WebhookEvent } from '#shared/rest-contract.js';

/**
 * The webhook event a job's status change announces, if any. An interrupted render (Reelforge
 * stopped under it) is announced as failed: the receiver learns it did not complete, and
 * `render.status` says "interrupted" (it can be retried).
 */
export function webhookEventFor(
  previous: VideoStatus | undefined,
  next: VideoStatus,
): WebhookEvent | undefined {
  if (previous === next) return undefined;
  switch (next) {
    case 'running':
      return 'render.started';
    case 'completed':
      return 'render.completed';
    case 'cancelled':
      return 'render.cancelled';
    case 'failed':
    case 'interrupted':
      return 'render.failed';
    default:
      return undefined;
  }
}
