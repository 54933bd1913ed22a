import type { VideoJob } from '#core/job.js';
import type { RenderView } from './rest-contract.js';

/** Where a job's files are served, relative to the server's origin. */
export function renderFileUrl(jobId: string, kind: 'video' | 'poster'): string {
  return `/v1/renders/${encodeURIComponent(jobId)}/${kind}`;
}

/**
 * A job as the REST API and webhooks show it: what a client needs to follow a render, without
 * the script, timeline or local paths. `baseUrl` ('' for paths relative to the server) prefixes
 * the file URLs, which exist only once the job has completed with such a file.
 */
export function toRenderView(job: VideoJob, baseUrl = ''): RenderView {
  const result = job.status === 'completed' ? job.result : undefined;
  const delivered = (job.result?.details as { deliveredUrl?: unknown } | undefined)?.deliveredUrl;
  return {
    id: job.id,
    status: job.status,
    progress: job.progress,
    stage: job.stage,
    provider: job.providerId ?? null,
    requestedProvider: job.options.provider,
    quality: job.options.quality,
    aspect: job.options.aspectRatio,
    channel: job.channel,
    topic: job.topic,
    scriptName: job.scriptName,
    createdAt: job.createdAt,
    startedAt: job.startedAt ?? null,
    completedAt: job.completedAt ?? null,
    renderSeconds: job.result?.renderSeconds ?? null,
    durationSeconds: job.result?.durationSeconds ?? null,
    error: job.error ? { code: job.error.code, message: job.error.message } : null,
    videoUrl: result?.outputPath ? `${baseUrl}${renderFileUrl(job.id, 'video')}` : null,
    posterUrl: result?.thumbnailPath ? `${baseUrl}${renderFileUrl(job.id, 'poster')}` : null,
    deliveredUrl: typeof delivered === 'string' ? delivered : null,
  };
}
