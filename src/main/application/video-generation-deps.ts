import type { ConfigManager } from '#core/config.js';
import type { ReelforgeError } from '#core/errors.js';
import type { ProviderRegistry } from '#core/registry.js';
import type { NarrationDeps } from './narration/narration-step.js';
import type { CancelRequestRepository, JobRepository, ProviderMetricsRepository, VideoJob } from './job.js';
import type { ChannelLookup, OutputFileRemover, ScriptReader, TemplateLookup } from './ports.js';
import { describeScriptInput, type ScriptInput } from './script-intake.js';

// What the generation service is built from (the composition root wires these) and what a batch returns.

/** One entry of a batch: the job when the script was accepted, the error when it was not. */
export type BatchEntry =
  | { readonly input: string; readonly job: VideoJob; readonly error?: undefined }
  | { readonly input: string; readonly job?: undefined; readonly error: ReelforgeError | Error };

/** Queues each input in turn; one that fails is reported in its entry and never stops the rest. */
export async function enqueueEach(
  inputs: readonly ScriptInput[],
  enqueue: (input: ScriptInput) => Promise<VideoJob>,
): Promise<BatchEntry[]> {
  const entries: BatchEntry[] = [];
  for (const input of inputs) {
    try {
      entries.push({ input: describeScriptInput(input), job: await enqueue(input) });
    } catch (error) {
      entries.push({
        input: describeScriptInput(input),
        error: error instanceof Error ? error : new Error(String(error)),
      });
    }
  }
  return entries;
}

export interface VideoGenerationServiceDeps {
  readonly config: ConfigManager;
  readonly registry: ProviderRegistry;
  readonly jobs: JobRepository;
  readonly metrics: ProviderMetricsRepository;
  readonly cancelRequests: CancelRequestRepository;
  readonly scripts: ScriptReader;
  readonly channels: () => ChannelLookup;
  /** The templates scripts may name; without it `"template"` stays an opaque id. */
  readonly templates?: TemplateLookup;
  readonly files: OutputFileRemover;
  /** This process; owner of the jobs it queues. */
  readonly pid?: number;
  readonly isProcessAlive?: (pid: number) => boolean;
  /** Take over queued jobs whose owner process has died (the desktop app does, the CLI does not). */
  readonly adoptOrphanedJobs?: boolean;
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** Releases what the composition root opened (the database), after the last job stopped. */
  readonly onClose?: () => void | Promise<void>;
  /** Voice providers and the caption file writer; without them no job is narrated. */
  readonly narration?: Pick<NarrationDeps, 'voices' | 'captionFiles' | 'recordings'>;
}
