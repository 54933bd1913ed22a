import { parseArgs } from 'node:util';
import { createReelforgeCore, type ReelforgeCore } from '../../composition-root.js';
import { cliErrorText } from './error-wording.js';
import { escapeForOneLine } from '#core/one-line.js';
import type { VideoGenerationService } from '../../application/video-generation-service.js';
import { processIO, UsageError, type CliIO } from './cli-io.js';
import { historyCommand } from './commands/history.js';
import { analyticsCommand } from './commands/analytics.js';
import { cancelCommand, resumeCommand, retryCommand, statusCommand } from './commands/job-commands.js';
import { providersCommand } from './commands/providers.js';
import { renderCommand } from './commands/render.js';
import { templatesCommand } from './commands/templates.js';
import { webhooksCommand } from './commands/webhooks.js';
import { voicesCommand } from './commands/voices.js';

export const USAGE = `Usage: reelforge <command> [options]

Commands:
  render <file|folder…>  render scripts and wait for them
      --provider auto|<id>   provider to use (default: settings, "auto" picks the best)
      --quality draft|standard|high|ultra
      --aspect 9:16|1:1|16:9
      --platform tiktok|reels|shorts|generic
                             publishing preset: size, safe zone, length, loudness
                             (default: the script's "platform", then settings)
      --channel <id>         override the script's channel
      --out <dir>            output folder (default: settings / VIDEO_STORAGE_PATH)
      --json                 one JSON object per job on stdout
      --estimate             print each provider's cost estimate instead of rendering
      --variant <name>       render only this A/B variant (default: every variant the script declares)
      --voice off|<provider>[:<voice>]
                             narrator (e.g. espeak-ng:en-us) over the script's "voice" and
                             settings' narration.default_voice (default off)
      --template <id>        render with this template (over the script's "template")
  providers [--json] [--check]
                          list providers, availability and metrics; --check makes one
                          authenticated request per cloud provider (ok / wrong key / unreachable)
  voices [--json]         list voice providers (narration), availability and default voice
  history [--json] [--limit N] [--status s1,s2] [--channel c] [--provider p] [--search text]
  status <id> [--json]    show one job (a unique id prefix is enough)
  cancel <id>             cancel a queued or running job
  retry <id> [--json]     render a failed, cancelled or interrupted job again
  resume [--json]         run jobs still queued by a Reelforge process that has exited
  analytics import <file.csv> [--format generic|youtube|tiktok] [--json]
                          join a performance export to rendered videos (stored locally)
  analytics report [--group <id>] [--json]
                          each variant group's numbers and the winner, when significant at 95 %
  serve [--host 127.0.0.1] [--port N] [--data-dir DIR] [--cors-origin URL…]
                          the render server: REST API under /v1 (bearer token), the UI on
                          loopback, webhooks; prints "listening on http://<host>:<port>"
  worker --server URL [--redis redis://…] [--token T] [--concurrency N] [--providers ffmpeg,mock] [--data-dir DIR]
                          a render farm worker: takes jobs from the coordinator's Redis
                          queue, renders them here and uploads them to the coordinator
  templates list [--json] | show <id> | export <id> [file] | import <file> [--id <new-id>] | schema
                          built-in and user templates (<data dir>/templates/*.json)
  webhooks log [--json] [--limit N]
                          webhook deliveries, newest first, with attempts and last error

Every command takes --data-dir DIR (the database and config.json; default REELFORGE_DATA_DIR).
Environment: REELFORGE_DATA_DIR (database and config.json), VIDEO_STORAGE_PATH,
VIDEO_DEFAULT_PROVIDER, VIDEO_MAX_CONCURRENT, VIDEO_PROVIDER_<ID>_API_KEY, REELFORGE_API_TOKEN (serve).
`;

const OPTIONS = {
  provider: { type: 'string' },
  quality: { type: 'string' },
  aspect: { type: 'string' },
  platform: { type: 'string' },
  channel: { type: 'string' },
  out: { type: 'string' },
  voice: { type: 'string' },
  json: { type: 'boolean', default: false },
  estimate: { type: 'boolean', default: false },
  variant: { type: 'string' },
  format: { type: 'string' },
  group: { type: 'string' },
  check: { type: 'boolean', default: false },
  limit: { type: 'string' },
  status: { type: 'string' },
  search: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  host: { type: 'string' },
  port: { type: 'string' },
  'data-dir': { type: 'string' },
  'cors-origin': { type: 'string', multiple: true },
  template: { type: 'string' },
  id: { type: 'string' },
  server: { type: 'string' },
  redis: { type: 'string' },
  token: { type: 'string' },
  concurrency: { type: 'string' },
  providers: { type: 'string' },
} as const;

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIO, signal: AbortSignal): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`reelforge: ${escapeForOneLine(cliErrorText(error))}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') {
    io.out(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (command === 'serve') {
    try {
      // The server (HTTP, WebSocket) loads only for `serve`: other commands start faster without it.
      const { serveCommand } = await import('./commands/serve.js');
      return await serveCommand(
        {
          host: values.host,
          port: values.port,
          dataDir: values['data-dir'],
          corsOrigins: values['cors-origin'],
        },
        io,
        signal,
      );
    } catch (error) {
      io.err(`reelforge: ${escapeForOneLine(cliErrorText(error))}\n`);
      return error instanceof UsageError ? 2 : 1;
    }
  }
  if (command === 'worker') {
    try {
      const { workerCommand } = await import('./commands/worker.js');
      return await workerCommand(
        {
          server: values.server,
          redis: values.redis,
          token: values.token,
          concurrency: values.concurrency,
          providers: values.providers,
          dataDir: values['data-dir'],
        },
        io,
        signal,
      );
    } catch (error) {
      io.err(`reelforge: ${escapeForOneLine(cliErrorText(error))}\n`);
      return error instanceof UsageError ? 2 : 1;
    }
  }
  if (
    ![
      'render',
      'providers',
      'history',
      'status',
      'cancel',
      'retry',
      'resume',
      'voices',
      'analytics',
      'webhooks',
      'templates',
    ].includes(command)
  ) {
    io.err(`reelforge: unknown command "${escapeForOneLine(command)}"\n\n${USAGE}`);
    return 2;
  }

  let core: ReelforgeCore | undefined;
  try {
    core = createReelforgeCore({
      // Every command reads the data folder `serve` and `worker` are given (`webhooks log` and
      // `history` beside a server started with --data-dir), as REELFORGE_DATA_DIR would say.
      ...(values['data-dir'] !== undefined ? { dataDir: values['data-dir'] } : {}),
      env: io.env,
      adoptOrphanedJobs: command === 'resume',
      // Commands that render send their webhook events while they run, and upload what they
      // rendered to the delivery bucket before they print (a failed upload is retried later by
      // serve, the desktop app or the next render).
      deliverWebhooks: ['render', 'retry', 'resume'].includes(command),
      deliverUploads: ['render', 'retry', 'resume'].includes(command),
    });
    const { service } = core;
    reportRecovery(service, io, command === 'resume');
    switch (command) {
      case 'render':
        return await renderCommand(
          service,
          {
            files: rest,
            provider: values.provider,
            quality: values.quality,
            channel: values.channel,
            aspectRatio: values.aspect,
            platform: values.platform,
            outputDir: values.out,
            json: values.json,
            estimate: values.estimate,
            variant: values.variant,
            voice: values.voice,
            template: values.template,
          },
          io,
          signal,
          core.uploads,
        );
      case 'providers':
        return await providersCommand(core, values.json, io, values.check);
      case 'voices':
        return await voicesCommand(
          core.voices,
          core.config.get().narration?.defaultVoice ?? 'off',
          values.json,
          io,
        );
      case 'history':
        return historyCommand(
          service,
          {
            json: values.json,
            limit: values.limit,
            status: values.status,
            channel: values.channel,
            provider: values.provider,
            search: values.search,
          },
          io,
        );
      case 'status':
        return statusCommand(service, rest[0], values.json, io);
      case 'cancel':
        return await cancelCommand(service, rest[0], io);
      case 'resume':
        return await resumeCommand(service, values.json, io);
      case 'analytics':
        return await analyticsCommand(
          core.database,
          { rest, format: values.format, group: values.group, json: values.json },
          io,
        );
      case 'templates':
        return templatesCommand(core.templates, { rest, json: values.json, id: values.id }, io);
      case 'webhooks':
        return webhooksCommand(core.webhooks, rest[0], { json: values.json, limit: values.limit }, io);
      default:
        return await retryCommand(service, rest[0], values.json, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`reelforge: ${escapeForOneLine(error.message)}\n\n${USAGE}`);
      return 2;
    }
    io.err(`reelforge: ${escapeForOneLine(cliErrorText(error))}\n`);
    return 1;
  } finally {
    await core?.service.close();
  }
}

/** Tells the user, once, about jobs a crashed or killed Reelforge left behind. */
function reportRecovery(service: VideoGenerationService, io: CliIO, resuming: boolean): void {
  for (const job of service.recovery.resumable) {
    const next = resuming ? 'resuming it now' : 'it will pick up the remote render with: reelforge resume';
    io.err(
      `note: job ${job.id.slice(0, 8)} (${escapeForOneLine(job.scriptName)}) was rendering at ${job.providerId ?? '?'} when Reelforge ` +
        `stopped; ${next}\n`,
    );
  }
  for (const job of service.recovery.interrupted) {
    io.err(
      `note: job ${job.id.slice(0, 8)} (${escapeForOneLine(job.scriptName)}) was interrupted when Reelforge stopped; ` +
        `render it again with: reelforge retry ${job.id.slice(0, 8)}\n`,
    );
  }
}

/** The process entry: wires signals and exits with the command's code. */
export async function main(): Promise<void> {
  const controller = new AbortController();
  let interrupts = 0;
  process.on('SIGINT', () => {
    interrupts += 1;
    // First Ctrl+C cancels the jobs cleanly; a second one leaves at once.
    if (interrupts > 1) process.exit(130);
    process.stderr.write('\ncancelling… (press Ctrl+C again to quit at once)\n');
    controller.abort();
  });
  process.on('SIGTERM', () => controller.abort());
  // `reelforge history | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await runCli(process.argv.slice(2), processIO(), controller.signal);
}
