import { z } from 'zod';
import type { JobError, VideoJob } from '../../application/job.js';
import { CorruptRecordError } from './errors.js';
import {
  checkpointSchema,
  fallbackTrailSchema,
  jobCostSchema,
  jobOptionsSchema,
  scriptFormatSchema,
  videoResultSchema,
  videoScriptSchema,
  videoStatusSchema,
  videoTimelineSchema,
} from './job-json-schemas.js';

/** A `jobs` row as better-sqlite3 returns it (`seq` is assigned by the insert statement). */
export interface JobRow {
  id: string;
  status: string;
  progress: number;
  stage: string;
  options_json: string;
  quality: string;
  aspect_ratio: string;
  requested_provider: string;
  script_name: string;
  script_path: string | null;
  script_format: string;
  script_content: string;
  script_json: string;
  timeline_json: string;
  channel: string;
  topic: string;
  provider_id: string | null;
  fallback_trail_json: string;
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
  error_code: string | null;
  error_message: string | null;
  result_json: string | null;
  output_path: string | null;
  thumbnail_path: string | null;
  owner_pid: number | null;
  checkpoint_json: string | null;
  cost_json: string | null;
  variant: string | null;
  variant_group: string | null;
  /** Migration 009; read only here (the farm coordinator writes it through SqliteJobWorkers). */
  worker?: string | null;
}

/** Columns a `JobUpdate` can change. */
export const MUTABLE_JOB_COLUMNS = [
  'status',
  'progress',
  'stage',
  'provider_id',
  'fallback_trail_json',
  'started_at',
  'completed_at',
  'error_code',
  'error_message',
  'result_json',
  'output_path',
  'thumbnail_path',
  'owner_pid',
  'checkpoint_json',
  'cost_json',
  // A narrated render's scenes last as long as their speech: laid out again when it starts.
  'timeline_json',
] as const satisfies readonly (keyof JobRow)[];

/** Columns fixed when the job is queued. */
const FIXED_JOB_COLUMNS = [
  'id',
  'options_json',
  'quality',
  'aspect_ratio',
  'requested_provider',
  'script_name',
  'script_path',
  'script_format',
  'script_content',
  'script_json',
  'channel',
  'topic',
  'created_at',
  'variant',
  'variant_group',
] as const satisfies readonly (keyof JobRow)[];

/** Columns written on insert (bound by name, so their order does not matter). */
export const JOB_COLUMNS = [...FIXED_JOB_COLUMNS, ...MUTABLE_JOB_COLUMNS] as const;

/**
 * Flattens a job into its row. Options, quality, aspect ratio and the requested provider are
 * copied into plain columns for filtering; `options_json` stays the one the job is read from.
 */
export function jobToRow(job: VideoJob): JobRow {
  return {
    id: job.id,
    status: job.status,
    progress: job.progress,
    stage: job.stage,
    options_json: JSON.stringify(job.options),
    quality: job.options.quality,
    aspect_ratio: job.options.aspectRatio,
    requested_provider: job.options.provider,
    script_name: job.scriptName,
    script_path: job.scriptPath ?? null,
    script_format: job.scriptFormat,
    script_content: job.scriptContent,
    script_json: JSON.stringify(job.script),
    timeline_json: JSON.stringify(job.timeline),
    channel: job.channel,
    topic: job.topic,
    provider_id: job.providerId ?? null,
    fallback_trail_json: JSON.stringify(job.fallbackTrail),
    created_at: job.createdAt,
    started_at: job.startedAt ?? null,
    completed_at: job.completedAt ?? null,
    error_code: job.error?.code ?? null,
    error_message: job.error?.message ?? null,
    result_json: job.result ? JSON.stringify(job.result) : null,
    output_path: job.result?.outputPath ?? null,
    thumbnail_path: job.result?.thumbnailPath ?? null,
    owner_pid: job.ownerPid ?? null,
    checkpoint_json: job.checkpoint ? JSON.stringify(job.checkpoint) : null,
    cost_json: job.cost ? JSON.stringify(job.cost) : null,
    variant: job.variant ?? null,
    variant_group: job.variantGroup ?? null,
  };
}

function corrupt(row: JobRow, column: string, detail: string, cause?: unknown): CorruptRecordError {
  return new CorruptRecordError('jobs', row.id, column, detail, { cause });
}

function parseJson<T extends z.ZodType>(row: JobRow, column: keyof JobRow, schema: T): z.output<T> {
  const text = row[column];
  if (typeof text !== 'string') throw corrupt(row, column, `expected JSON text, found ${String(text)}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw corrupt(row, column, `not valid JSON (${(error as Error).message})`, error);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw corrupt(row, column, `unexpected shape${where}: ${issue?.message ?? 'invalid'}`, parsed.error);
  }
  return parsed.data;
}

function parseScalar<T extends z.ZodType>(row: JobRow, column: keyof JobRow, schema: T): z.output<T> {
  const parsed = schema.safeParse(row[column]);
  if (!parsed.success) throw corrupt(row, column, `unexpected value ${JSON.stringify(row[column])}`);
  return parsed.data;
}

function errorOf(row: JobRow): JobError | undefined {
  if (row.error_code === null && row.error_message === null) return undefined;
  return { code: row.error_code ?? 'unknown', message: row.error_message ?? '' };
}

/**
 * Rebuilds a job from its row, checking every JSON column, so a damaged row fails here with
 * the job id and column rather than later deep inside a renderer. Absent values are left out
 * (not set to undefined) so a job reads back exactly as it was written.
 */
export function rowToJob(row: JobRow): VideoJob {
  const error = errorOf(row);
  const result = row.result_json === null ? undefined : parseJson(row, 'result_json', videoResultSchema);
  const checkpoint =
    row.checkpoint_json === null ? undefined : parseJson(row, 'checkpoint_json', checkpointSchema);
  const cost = row.cost_json === null ? undefined : parseJson(row, 'cost_json', jobCostSchema);
  return {
    id: row.id,
    status: parseScalar(row, 'status', videoStatusSchema),
    progress: parseScalar(row, 'progress', z.number()),
    stage: row.stage,
    options: parseJson(row, 'options_json', jobOptionsSchema),
    scriptName: row.script_name,
    ...(row.script_path !== null && { scriptPath: row.script_path }),
    scriptFormat: parseScalar(row, 'script_format', scriptFormatSchema),
    scriptContent: row.script_content,
    script: parseJson(row, 'script_json', videoScriptSchema),
    timeline: parseJson(row, 'timeline_json', videoTimelineSchema),
    channel: row.channel,
    topic: row.topic,
    ...(row.provider_id !== null && { providerId: row.provider_id }),
    fallbackTrail: parseJson(row, 'fallback_trail_json', fallbackTrailSchema),
    createdAt: row.created_at,
    ...(row.started_at !== null && { startedAt: row.started_at }),
    ...(row.completed_at !== null && { completedAt: row.completed_at }),
    ...(error && { error }),
    ...(result && { result }),
    ...(row.owner_pid !== null && { ownerPid: row.owner_pid }),
    ...(checkpoint && { checkpoint }),
    ...(cost && { cost }),
    ...(row.variant !== null && { variant: row.variant }),
    ...(row.variant_group !== null && { variantGroup: row.variant_group }),
    ...(typeof row.worker === 'string' && { worker: row.worker }),
  };
}
