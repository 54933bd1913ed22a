import type { VideoGenerationService } from '../../../application/video-generation-service.js';
import { escapeForOneLine } from '#core/one-line.js';
import { UsageError, type CliIO } from '../cli-io.js';
import { jobToJson, jobToLine } from '../format-job.js';

function requireId(id: string | undefined, command: string): string {
  if (!id) throw new UsageError(`${command} needs a job id (or a unique prefix of one, as history shows)`);
  return id;
}

export function statusCommand(
  service: VideoGenerationService,
  id: string | undefined,
  json: boolean,
  io: CliIO,
): number {
  const job = service.getJob(requireId(id, 'status'));
  if (json) {
    io.out(`${JSON.stringify(jobToJson(job))}\n`);
    return 0;
  }
  io.out(`${jobToLine(job)}\n`);
  io.out(`progress: ${Math.round(job.progress * 100)}% (${job.stage})\n`);
  io.out(`script:   ${escapeForOneLine(job.scriptPath ?? job.scriptName)}\n`);
  io.out(
    `scenes:   ${job.timeline.scenes.length}, ${job.timeline.durationSeconds.toFixed(1)} s · ${job.options.quality} ${job.options.aspectRatio} · platform ${job.options.platform ?? 'generic'}\n`,
  );
  for (const attempt of job.fallbackTrail)
    io.out(`fallback: ${escapeForOneLine(`${attempt.providerId} failed: ${attempt.error}`)}\n`);
  return 0;
}

export async function cancelCommand(
  service: VideoGenerationService,
  id: string | undefined,
  io: CliIO,
): Promise<number> {
  const job = await service.cancel(requireId(id, 'cancel'));
  io.out(`${jobToLine(job)}\n`);
  return 0;
}

/** Queues a failed/cancelled/interrupted job again and waits for it, like `render`. */
export async function retryCommand(
  service: VideoGenerationService,
  id: string | undefined,
  json: boolean,
  io: CliIO,
): Promise<number> {
  const queued = service.retry(requireId(id, 'retry'));
  const job = await service.waitForJob(queued.id);
  io.out(json ? `${JSON.stringify(jobToJson(job))}\n` : `${jobToLine(job)}\n`);
  return job.status === 'completed' ? 0 : 1;
}

/** Runs the queued jobs this process adopted from exited ones, and waits for them. */
export async function resumeCommand(
  service: VideoGenerationService,
  json: boolean,
  io: CliIO,
): Promise<number> {
  const adopted = service.recovery.adopted;
  if (adopted.length === 0) {
    if (!json) io.err('nothing to resume: no queued jobs were left by an exited Reelforge\n');
    return 0;
  }
  const jobs = await Promise.all(adopted.map((job) => service.waitForJob(job.id)));
  for (const job of jobs) io.out(json ? `${JSON.stringify(jobToJson(job))}\n` : `${jobToLine(job)}\n`);
  return jobs.every((j) => j.status === 'completed') ? 0 : 1;
}
