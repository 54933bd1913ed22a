import { escapeForOneLine } from '#core/one-line.js';
import type { VideoJob } from '../../application/job.js';

/** The one JSON object per job that `--json` prints; field names are a stable interface. */
export function jobToJson(job: VideoJob): Record<string, unknown> {
  return {
    id: job.id,
    status: job.status,
    providerId: job.providerId ?? null,
    outputPath: job.result?.outputPath ?? null,
    thumbnailPath: job.result?.thumbnailPath ?? null,
    durationSeconds: job.result?.durationSeconds ?? job.timeline.durationSeconds,
    error: job.error?.message ?? null,
    script: job.scriptPath ?? job.scriptName,
    channel: job.channel,
    topic: job.topic,
    quality: job.options.quality,
    platform: job.options.platform ?? 'generic',
    createdAt: job.createdAt,
    completedAt: job.completedAt ?? null,
    fallbackTrail: job.fallbackTrail,
    cost: job.cost ?? null,
    details: job.result?.details ?? null,
    deliveredUrl: deliveredUrlOf(job) ?? null,
    variant: job.variant ?? null,
    group: job.variantGroup ?? null,
  };
}

/** One human line per job for `history` and `render`. */
export function jobToLine(job: VideoJob): string {
  const shortId = job.id.slice(0, 8);
  const provider = job.providerId ?? job.options.provider;
  const detail =
    job.status === 'completed'
      ? `${job.result?.outputPath ?? ''} (${job.result?.durationSeconds.toFixed(1)} s video, rendered in ${job.result?.renderSeconds.toFixed(1)} s)`
      : (job.error?.message ?? job.stage);
  const cached = job.result?.details?.['clipsFromCache'];
  const cache = typeof cached === 'number' ? ` [${cached} clip${cached === 1 ? '' : 's'} from cache]` : '';
  const fallback =
    job.fallbackTrail.length > 0
      ? ` [fell back from ${job.fallbackTrail.map((f) => f.providerId).join(', ')}]`
      : '';
  // One line whatever the topic, output path or error message hold (see escapeForOneLine).
  return escapeForOneLine(
    `${shortId}  ${job.status.padEnd(11)} ${provider.padEnd(9)} ${job.channel.padEnd(6)} ${job.topic}${job.variant ? ` [variant ${job.variant}]` : ''}  → ${detail}${cache}${fallback}`,
  );
}

/** The video's URL in the delivery bucket, once uploaded (recorded in the result's details). */
function deliveredUrlOf(job: VideoJob): string | undefined {
  const delivery = job.result?.details?.['delivery'] as { videoUrl?: unknown } | undefined;
  return typeof delivery?.videoUrl === 'string' ? delivery.videoUrl : undefined;
}
