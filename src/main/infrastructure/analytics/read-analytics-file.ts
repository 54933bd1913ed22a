import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CsvSyntaxError, parseCsv } from '#core/analytics/csv.js';
import { describeError, ReelforgeError } from '#core/errors.js';
import { escapeForOneLine } from '#core/one-line.js';
import type { PerformanceRow } from '../../application/analytics/performance-row.js';
import { ANALYTICS_FORMATS, readPerformanceRows, type AnalyticsFormat } from './analytics-formats.js';

/** Exports with years of daily rows per video stay far below this. */
export const MAX_ANALYTICS_FILE_BYTES = 64 * 1024 * 1024;
const MAX_LISTED_PROBLEMS = 20;

/** An analytics file that cannot be imported; nothing of it was stored. Each problem is one line. */
export class AnalyticsFileError extends ReelforgeError {
  constructor(readonly problems: readonly string[]) {
    super(problems.length === 1 ? problems[0]! : `${problems[0]!} (and ${problems.length - 1} more)`);
  }
}

export function isAnalyticsFormat(value: string): value is AnalyticsFormat {
  return (ANALYTICS_FORMATS as readonly string[]).includes(value);
}

export interface AnalyticsFileRows {
  readonly rows: PerformanceRow[];
  readonly summaryLines: readonly number[];
}

/**
 * Reads and checks an analytics CSV: UTF-8, a header row with the format's columns, every cell
 * readable. Any problem throws AnalyticsFileError with `file:line N:column M: …` lines.
 */
export async function readAnalyticsFile(path: string, format: AnalyticsFormat): Promise<AnalyticsFileRows> {
  const name = escapeForOneLine(basename(path));
  const fail = (where: string, message: string): never => {
    throw new AnalyticsFileError([`${name}${where}: ${message}`]);
  };
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) fail('', 'not a file');
    if (info.size > MAX_ANALYTICS_FILE_BYTES)
      fail('', `${info.size} bytes; an analytics file holds at most ${MAX_ANALYTICS_FILE_BYTES}`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof AnalyticsFileError) throw error;
    return fail('', `cannot be read (${describeError(error)})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('', 'is not UTF-8 text; export the CSV as UTF-8');
  }
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      return fail(`:line ${error.line}:column ${error.column}`, error.reason);
    throw error;
  }
  const { rows, summaryLines, problems } = readPerformanceRows(records, format);
  if (problems.length > 0) {
    const lines = problems
      .slice(0, MAX_LISTED_PROBLEMS)
      .map(
        (p) =>
          `${name}:line ${p.line}:column ${p.column}${p.header ? ` (${escapeForOneLine(p.header)})` : ''}: ${escapeForOneLine(p.message)}`,
      );
    if (problems.length > MAX_LISTED_PROBLEMS)
      lines.push(`${name}: ${problems.length - MAX_LISTED_PROBLEMS} more problems not shown`);
    throw new AnalyticsFileError(lines);
  }
  return { rows, summaryLines };
}
