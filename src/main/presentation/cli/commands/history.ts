import type { VideoGenerationService } from '../../../application/video-generation-service.js';
import { VIDEO_STATUSES, type VideoStatus } from '#core/video-status.js';
import { UsageError, type CliIO } from '../cli-io.js';
import { jobToJson, jobToLine } from '../format-job.js';

export interface HistoryArgs {
  readonly json: boolean;
  readonly limit?: string;
  readonly status?: string;
  readonly channel?: string;
  readonly provider?: string;
  readonly search?: string;
}

/** Every job, newest first (queued and running included, so nothing is hidden). */
export function historyCommand(service: VideoGenerationService, args: HistoryArgs, io: CliIO): number {
  const limit = args.limit === undefined ? 50 : Number(args.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit must be a positive integer, got "${args.limit}"`);
  const statuses = args.status?.split(',').map((s) => s.trim());
  for (const s of statuses ?? []) {
    if (!(VIDEO_STATUSES as readonly string[]).includes(s)) {
      throw new UsageError(`unknown status "${s}" (use ${VIDEO_STATUSES.join(', ')})`);
    }
  }
  const jobs = service.listJobs({
    status: statuses as VideoStatus[] | undefined,
    channel: args.channel,
    providerId: args.provider,
    search: args.search,
    limit,
  });
  for (const job of jobs) io.out(args.json ? `${JSON.stringify(jobToJson(job))}\n` : `${jobToLine(job)}\n`);
  if (!args.json && jobs.length === 0) io.err('no jobs yet: render one with `reelforge render <script>`\n');
  return 0;
}
