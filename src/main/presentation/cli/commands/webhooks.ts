import { escapeForOneLine } from '#core/one-line.js';
import type { Webhooks } from '../../../infrastructure/webhooks/index.js';
import type { CliIO } from '../cli-io.js';
import { UsageError } from '../cli-io.js';

/** `reelforge webhooks log [--json] [--limit N]`: deliveries, newest first, with their last error. */
export function webhooksCommand(
  webhooks: Webhooks,
  subcommand: string | undefined,
  args: { json: boolean; limit?: string },
  io: CliIO,
): number {
  if (subcommand !== 'log') throw new UsageError('webhooks needs a subcommand: log');
  const limit = args.limit === undefined ? 50 : Number(args.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit: "${args.limit}" is not a whole number ≥ 1`);
  const deliveries = webhooks.outbox.list({ limit });
  for (const d of deliveries) {
    if (args.json) {
      const { body: _body, ...rest } = d;
      io.out(`${JSON.stringify(rest)}\n`);
      continue;
    }
    const when =
      d.status === 'delivered'
        ? `delivered ${d.deliveredAt}`
        : d.status === 'pending'
          ? `next ${d.nextAttemptAt}`
          : 'gave up';
    const error = d.lastError ? `  last error: ${d.lastError}` : '';
    io.out(
      escapeForOneLine(
        `${d.id.slice(0, 8)}  ${d.event.padEnd(16)} job ${d.jobId.slice(0, 8)}  ${d.status.padEnd(9)} ${d.attempts} attempt(s), ${when}  ${d.url}${error}`,
      ) + '\n',
    );
  }
  if (deliveries.length === 0 && !args.json) io.err('no webhook deliveries yet\n');
  return 0;
}
