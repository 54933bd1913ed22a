import { resolve } from 'node:path';
import {
  listScriptFolderEntries,
  type ScriptFolderEntry,
} from '../../../infrastructure/files/script-folder.js';
import { RenderOptionError, ScriptValidationError, formatValidationIssue } from '#core/errors.js';
import { cliErrorText, cliIssue } from '../error-wording.js';
import { escapeForOneLine } from '#core/one-line.js';
import type { VideoJob } from '../../../application/job.js';
import type { VideoGenerationService } from '../../../application/video-generation-service.js';
import type { CliIO } from '../cli-io.js';
import { UsageError } from '../cli-io.js';
import { jobToJson, jobToLine } from '../format-job.js';
import { formatProgressLine } from '../progress-bar.js';

export interface RenderArgs {
  readonly files: readonly string[];
  readonly provider?: string;
  readonly quality?: string;
  readonly channel?: string;
  readonly aspectRatio?: string;
  /** Publishing preset id, over the script's and the config's. */
  readonly platform?: string;
  readonly outputDir?: string;
  readonly json: boolean;
  /** Print each provider's cost estimate per script instead of rendering. */
  readonly estimate?: boolean;
  /** Render only this A/B variant of each script. */
  readonly variant?: string;
  /** `off` or `<provider>[:<voice>]`, over the script's voice and the settings'. */
  readonly voice?: string;
  /** Template id, over the script's `"template"`. */
  readonly template?: string;
}

/** Files as given; a folder stands for the script files directly inside it. */
async function expandInputs(paths: readonly string[]): Promise<ScriptFolderEntry[]> {
  const files: ScriptFolderEntry[] = [];
  for (const path of paths) {
    const absolute = resolve(path);
    // Missing files are passed on so the parser reports them like any other bad script.
    files.push(...((await listScriptFolderEntries(absolute)) ?? [{ path: absolute }]));
  }
  return files;
}

/** Queues every script, waits for all of them, prints results; exit 0 only if all completed. */
export async function renderCommand(
  service: VideoGenerationService,
  args: RenderArgs,
  io: CliIO,
  signal: AbortSignal,
  uploads?: { settle(): Promise<void> },
): Promise<number> {
  if (args.files.length === 0) throw new UsageError('render needs at least one script file');
  const files = await expandInputs(args.files);
  if (args.estimate) return estimateCommand(service, files, args, io);
  let rejected = 0;
  const queued: VideoJob[] = [];
  for (const { path: file, bytesPath } of files) {
    try {
      queued.push(
        ...(await service.enqueueAll(
          { kind: 'file', path: file, bytesPath },
          {
            provider: args.provider,
            quality: args.quality,
            channel: args.channel,
            aspectRatio: args.aspectRatio,
            platform: args.platform,
            outputDir: args.outputDir ? resolve(args.outputDir) : undefined,
            variant: args.variant,
            voice: args.voice,
            template: args.template,
          },
        )),
      );
    } catch (error) {
      rejected += 1;
      io.err(`error: ${describeRejection(error, file)}\n`);
    }
  }
  const onAbort = () => {
    for (const job of queued) void service.cancel(job.id).catch(() => undefined);
  };
  signal.addEventListener('abort', onAbort, { once: true });
  const stopProgress = io.interactive && !args.json ? drawProgress(service, queued, io) : () => undefined;
  const rendered = await Promise.all(queued.map((job) => service.waitForJob(job.id)));
  stopProgress();
  // With a delivery bucket configured, the upload is part of what the user waits for.
  await uploads?.settle();
  const finished = uploads ? rendered.map((job) => service.getJob(job.id)) : rendered;
  signal.removeEventListener('abort', onAbort);

  for (const job of finished) {
    if (args.json) io.out(`${JSON.stringify(jobToJson(job))}\n`);
    else io.out(`${jobToLine(job)}\n`);
  }
  const failed = finished.filter((j) => j.status !== 'completed').length;
  if (!args.json && files.length > 1) {
    io.err(`${finished.length - failed} completed, ${failed} did not complete, ${rejected} rejected\n`);
  }
  return failed === 0 && rejected === 0 && finished.length > 0 ? 0 : 1;
}

function describeRejection(error: unknown, file: string): string {
  if (error instanceof ScriptValidationError) {
    const issues = error.issues.map(cliIssue);
    const more =
      issues.length > 1
        ? ` (+${issues.length - 1} more: ${issues
            .slice(1)
            .map((i) => i.field)
            .join(', ')})`
        : '';
    // Always the path the user gave, so every line names the file the same way.
    return `${formatValidationIssue({ ...issues[0]!, file })}${more}`;
  }
  if (error instanceof RenderOptionError)
    return escapeForOneLine(`${file}: ${error.wordedAs((o) => `--${o}`)}`);
  return escapeForOneLine(`${file}: ${cliErrorText(error)}`);
}

/** Redraws one line per job on stderr at most 10 times a second. */
function drawProgress(service: VideoGenerationService, jobs: readonly VideoJob[], io: CliIO): () => void {
  const state = new Map(
    jobs.map((j) => [j.id, { label: escapeForOneLine(j.scriptName), progress: 0, stage: 'queued' }]),
  );
  let drawnLines = 0;
  const draw = () => {
    const lines = [...state.values()].map((s) => formatProgressLine(s.label, s.progress, s.stage));
    const up = drawnLines > 0 ? `\x1b[${drawnLines}F` : '';
    io.err(`${up}${lines.map((l) => `\x1b[2K${l}`).join('\n')}\n`);
    drawnLines = lines.length;
  };
  const unsubscribe = service.onJobEvent((event) => {
    if (event.type === 'job-progress') {
      const s = state.get(event.jobId);
      if (s) Object.assign(s, { progress: event.progress, stage: event.stage });
    } else if (event.type === 'job-updated') {
      const s = state.get(event.job.id);
      if (s) Object.assign(s, { progress: event.job.progress, stage: event.job.stage });
    }
  });
  const timer = setInterval(draw, 100);
  draw();
  return () => {
    clearInterval(timer);
    unsubscribe();
    draw();
  };
}

/** `render --estimate`: what each provider would charge for each script; nothing is queued. */
async function estimateCommand(
  service: VideoGenerationService,
  files: readonly ScriptFolderEntry[],
  args: RenderArgs,
  io: CliIO,
): Promise<number> {
  let rejected = 0;
  for (const { path: file, bytesPath } of files) {
    try {
      const quotes = await service.estimate(
        { kind: 'file', path: file, bytesPath },
        {
          quality: args.quality,
          channel: args.channel,
          aspectRatio: args.aspectRatio,
          platform: args.platform,
          template: args.template,
        },
      );
      for (const quote of quotes) {
        if (args.json) {
          io.out(`${JSON.stringify({ script: file, ...quote })}\n`);
        } else {
          const availability = quote.available ? '' : `  (unavailable: ${quote.reason ?? 'unknown'})`;
          io.out(
            `${escapeForOneLine(file)}  ${quote.providerId.padEnd(10)} ${quote.estimate.amount} ${quote.estimate.unit}${availability}\n`,
          );
        }
      }
    } catch (error) {
      rejected += 1;
      io.err(`error: ${describeRejection(error, file)}\n`);
    }
  }
  return rejected === 0 ? 0 : 1;
}
