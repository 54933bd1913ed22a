import { resolve } from 'node:path';
import type { VariantGroupReport } from '#core/analytics/variant-report.js';
import { escapeForOneLine } from '#core/one-line.js';
import { importPerformanceRows } from '../../../application/analytics/import-performance.js';
import { variantReport } from '../../../application/analytics/variant-report.js';
import { ANALYTICS_FORMATS } from '../../../infrastructure/analytics/analytics-formats.js';
import {
  AnalyticsFileError,
  isAnalyticsFormat,
  readAnalyticsFile,
} from '../../../infrastructure/analytics/read-analytics-file.js';
import { SqliteAnalyticsRepository } from '../../../infrastructure/analytics/sqlite-analytics-repository.js';
import type { Database } from '../../../infrastructure/storage/sqlite-types.js';
import type { CliIO } from '../cli-io.js';
import { UsageError } from '../cli-io.js';

export interface AnalyticsArgs {
  readonly rest: readonly string[];
  readonly format?: string;
  readonly group?: string;
  readonly json: boolean;
}

/** `analytics import <file.csv> [--format …]` and `analytics report [--group <id>]`; all local. */
export async function analyticsCommand(
  database: Database,
  args: AnalyticsArgs,
  io: CliIO,
  now: () => Date = () => new Date(),
): Promise<number> {
  const [sub, ...operands] = args.rest;
  const repository = new SqliteAnalyticsRepository(database);
  if (sub === 'import') return importCommand(repository, operands, args, io, now);
  if (sub === 'report') {
    if (operands.length > 0)
      throw new UsageError('analytics report takes no file; use --group <id> for one group');
    return reportCommand(repository, args, io);
  }
  throw new UsageError(
    sub === undefined
      ? 'analytics needs "import" or "report"'
      : `unknown analytics command "${sub}" (use import or report)`,
  );
}

async function importCommand(
  repository: SqliteAnalyticsRepository,
  operands: readonly string[],
  args: AnalyticsArgs,
  io: CliIO,
  now: () => Date,
): Promise<number> {
  if (operands.length !== 1) throw new UsageError('analytics import needs exactly one CSV file');
  const format = args.format ?? 'generic';
  if (!isAnalyticsFormat(format)) {
    throw new UsageError(`unknown analytics format "${format}" (use ${ANALYTICS_FORMATS.join(', ')})`);
  }
  const path = resolve(operands[0]!);
  let read;
  try {
    read = await readAnalyticsFile(path, format);
  } catch (error) {
    if (!(error instanceof AnalyticsFileError)) throw error;
    for (const problem of error.problems) io.err(`error: ${problem}\n`);
    io.err('nothing was imported\n');
    return 1;
  }
  const outcome = importPerformanceRows({
    rows: read.rows,
    source: format,
    file: path,
    repository,
    now: now().toISOString(),
  });
  if (args.json) {
    io.out(`${JSON.stringify({ ...outcome, summaryLines: read.summaryLines })}\n`);
  } else {
    const stored = outcome.added + outcome.replaced;
    io.out(
      `imported ${stored} row${stored === 1 ? '' : 's'} from ${escapeForOneLine(path)} (${outcome.added} new, ${outcome.replaced} replacing an earlier import)\n`,
    );
  }
  for (const row of outcome.unmatched) {
    io.err(`warning: line ${row.line}: ${escapeForOneLine(row.reason)}; not imported\n`);
  }
  for (const row of outcome.duplicates) {
    io.err(
      `warning: line ${row.line}: same video and date as line ${row.firstLine}; kept line ${row.firstLine}\n`,
    );
  }
  if (outcome.unmatched.length > 0) io.err(`${outcome.unmatched.length} row(s) matched no rendered video\n`);
  return 0;
}

function reportCommand(repository: SqliteAnalyticsRepository, args: AnalyticsArgs, io: CliIO): number {
  const groups = variantReport(repository, args.group);
  if (args.json) {
    io.out(`${JSON.stringify(groups)}\n`);
    return 0;
  }
  if (groups.length === 0) {
    io.out('no variant groups yet: render a script that declares "variants"\n');
    return 0;
  }
  for (const group of groups) io.out(formatGroup(group));
  return 0;
}

const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(2)} %`);

function formatGroup(group: VariantGroupReport): string {
  const header = `group ${group.group}  ${escapeForOneLine(group.topic)}  (queued ${group.createdAt.slice(0, 10)})\n`;
  const rows = group.variants.map(
    (v) =>
      `  ${v.variant.padEnd(20)} ${String(v.views).padStart(9)} views ${String(v.likes).padStart(7)} likes  ${percent(v.likeRate).padStart(8)}  ${String(v.comments).padStart(6)} comments ${String(v.shares).padStart(6)} shares  ${v.averageViewDurationSeconds === null ? '–' : `${v.averageViewDurationSeconds.toFixed(1)} s`} avg view  ${percent(v.completionRate)} completion\n`,
  );
  const verdict = group.winner === null ? `  ${group.summary}\n` : `  winner: ${group.summary}\n`;
  return `${header}${rows.join('')}${verdict}\n`;
}
