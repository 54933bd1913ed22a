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
  const delivery = deliveryOf(job);
  return {
    id: job.id,
    status: job.status,
    progress: job.progress,
    stage: job.stage,
    provider: job.providerId ?? null,
    requestedProvider: job.options.provider,
    quality: job.options.quality,
    aspect: job.options.aspectRatio,
    platform: job.options.platform ?? null,
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
    deliveredUrl: delivery?.status === 'delivered' ? (delivery.videoUrl ?? null) : null,
    delivery,
    ...(job.worker !== undefined ? { worker: job.worker } : {}),
    ...(job.variant !== undefined ? { variant: job.variant } : {}),
    ...(job.variantGroup !== undefined ? { group: job.variantGroup } : {}),
  };
}

/** The upload state the S3 delivery keeps in the result's details, when it looks like one. */
function deliveryOf(job: VideoJob): RenderView['delivery'] {
  const value = (job.result?.details as { delivery?: unknown } | undefined)?.delivery;
  if (value === null || typeof value !== 'object') return null;
  const d = value as Record<string, unknown>;
  if (d['status'] !== 'pending' && d['status'] !== 'delivered' && d['status'] !== 'failed') return null;
  const text = (key: string) => (typeof d[key] === 'string' ? { [key]: d[key] as string } : {});
  return {
    status: d['status'],
    attempts: typeof d['attempts'] === 'number' ? d['attempts'] : 0,
    ...text('lastError'),
    ...text('videoUrl'),
    ...text('posterUrl'),
  };
}
