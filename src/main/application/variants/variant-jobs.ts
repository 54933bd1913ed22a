import type { VideoJob } from '../job.js';
import { newJobRecord } from '../generation/job-options.js';
import type { PreparedScript } from '../script-intake.js';
import { expandVariants } from './variant-scripts.js';

export interface JobRecordSettings {
  readonly newId: () => string;
  readonly createdAt: string;
  /** Queue only this variant (by name, case-insensitive). */
  readonly only?: string;
  readonly scriptPath?: string;
  /** The process that queues the jobs. */
  readonly ownerPid: number;
}

/**
 * The fresh queued jobs (not stored) for one script: one, or one per variant, all of them sharing
 * a new variant group id so their results can be compared later.
 */
export function jobRecordsFor(
  prepared: PreparedScript,
  options: VideoJob['options'],
  settings: JobRecordSettings,
): VideoJob[] {
  const record = (script: PreparedScript): VideoJob => ({
    ...newJobRecord(settings.newId(), script, options, settings.createdAt),
    ...(settings.scriptPath ? { scriptPath: settings.scriptPath } : {}),
    ownerPid: settings.ownerPid,
  });
  const variants = expandVariants(prepared, settings.only);
  if (variants === undefined) return [record(prepared)];
  const group = settings.newId();
  return variants.map(({ variant, script, timeline }) => ({
    ...record({ ...prepared, script, timeline }),
    variant: variant.name,
    variantGroup: group,
  }));
}
