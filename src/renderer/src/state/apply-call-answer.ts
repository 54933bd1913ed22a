// The job a call (cancel, retry) answers with is a snapshot from when main handled the call. The
// events that call caused travel ahead of the answer: a retried job is started at once, so
// "running" with its start time reaches the list before the answer "queued" does. Applied blindly,
// the older answer undid them and the row, turned back to running by the next progress event, had
// no start time: "Starting…" for the whole render, with no elapsed time or ETA.
import type { VideoJob } from '#shared/api-types.js';
import { applyJobEvent } from './jobs-state.js';

/**
 * Applies `answer` unless the list has moved on since the call was made: `asked` is the job as the
 * list held it when the user acted; if the list holds another version now, events brought it and
 * they are newer than the answer.
 */
export function applyCallAnswer(jobs: readonly VideoJob[], asked: VideoJob, answer: VideoJob): VideoJob[] {
  const current = jobs.find((job) => job.id === answer.id);
  if (current !== undefined && current !== asked) return [...jobs];
  return applyJobEvent(jobs, { type: 'job-updated', job: answer });
}
