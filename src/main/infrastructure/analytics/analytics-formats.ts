import type { CsvRecord } from '#core/analytics/csv.js';
import type { PerformanceRow } from '../../application/analytics/performance-row.js';
import { readCount, readDate, readRate, readSeconds, type CellReading } from './performance-values.js';

export const ANALYTICS_FORMATS = ['generic', 'youtube', 'tiktok'] as const;
export type AnalyticsFormat = (typeof ANALYTICS_FORMATS)[number];

type Field = Exclude<keyof PerformanceRow, 'line'>;

interface ColumnSpec {
  /** Accepted header names, compared without case and extra spaces. */
  readonly headers: readonly string[];
  readonly required?: boolean;
  readonly read: (text: string) => CellReading<string | number>;
}

const text = (value: string): CellReading<string> =>
  value.trim() === '' ? { problem: 'is empty' } : { value: value.trim() };

/**
 * Which header feeds which field, per format. YouTube: YouTube Studio → Analytics → Advanced mode
 * → export as CSV ("Table data.csv"; its "Total" row is skipped). A video is matched by its title,
 * which YouTube sets to the uploaded file's name without extension unless it was changed.
 * TikTok: TikTok Studio's analytics export of posts; a video is matched by its title too.
 */
const FORMATS: Readonly<Record<AnalyticsFormat, Readonly<Record<Field, ColumnSpec>>>> = {
  generic: {
    video: { headers: ['video'], required: true, read: text },
    views: { headers: ['views'], required: true, read: readCount },
    likes: { headers: ['likes'], read: readCount },
    comments: { headers: ['comments'], read: readCount },
    shares: { headers: ['shares'], read: readCount },
    averageViewDurationSeconds: { headers: ['average_view_duration_seconds'], read: readSeconds },
    completionRate: { headers: ['completion_rate'], read: (v) => readRate(v, false) },
    date: { headers: ['date'], read: readDate },
  },
  youtube: {
    video: { headers: ['video title', 'title'], required: true, read: text },
    views: { headers: ['views'], required: true, read: readCount },
    likes: { headers: ['likes'], read: readCount },
    comments: { headers: ['comments added', 'comments'], read: readCount },
    shares: { headers: ['shares'], read: readCount },
    averageViewDurationSeconds: { headers: ['average view duration'], read: readSeconds },
    completionRate: {
      headers: ['average percentage viewed (%)', 'average percentage viewed'],
      read: (v) => readRate(v, true),
    },
    date: { headers: ['date'], read: readDate },
  },
  tiktok: {
    video: { headers: ['video title', 'title', 'video description'], required: true, read: text },
    views: { headers: ['video views', 'total views', 'views'], required: true, read: readCount },
    likes: { headers: ['likes', 'total likes'], read: readCount },
    comments: { headers: ['comments', 'total comments'], read: readCount },
    shares: { headers: ['shares', 'total shares'], read: readCount },
    averageViewDurationSeconds: {
      headers: ['average watch time', 'average time watched'],
      read: readSeconds,
    },
    completionRate: {
      headers: ['watched full video', 'watched full video (%)', 'completion rate'],
      read: (v) => readRate(v, true),
    },
    date: { headers: ['date', 'post time', 'posted on'], read: readDate },
  },
};

/** The header names each format reads, for the usage text and the README. */
export function describeFormat(format: AnalyticsFormat): string {
  return Object.entries(FORMATS[format])
    .map(
      ([field, spec]) =>
        `${field} ← ${spec.headers.map((h) => `"${h}"`).join(' | ')}${spec.required ? ' (required)' : ''}`,
    )
    .join('; ');
}

export interface CellProblem {
  readonly line: number;
  /** 1-based column number, and the column's header as written. */
  readonly column: number;
  readonly header: string;
  readonly message: string;
}

export interface ReadRows {
  readonly rows: PerformanceRow[];
  /** Rows that are no video (YouTube's "Total" line), by line. */
  readonly summaryLines: number[];
  readonly problems: CellProblem[];
}

const normaliseHeader = (header: string) => header.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The rows of an export in `format`, each value checked. A missing required column is one problem
 * on line 1; each unreadable cell is one problem naming its line, column and header.
 */
export function readPerformanceRows(records: readonly CsvRecord[], format: AnalyticsFormat): ReadRows {
  const [header, ...body] = records;
  const problems: CellProblem[] = [];
  if (header === undefined) {
    return {
      rows: [],
      summaryLines: [],
      problems: [{ line: 1, column: 1, header: '', message: 'the file is empty; expected a header row' }],
    };
  }
  const headers = header.fields.map(normaliseHeader);
  const columns = new Map<Field, number>();
  for (const [field, spec] of Object.entries(FORMATS[format]) as [Field, ColumnSpec][]) {
    const index = spec.headers.map((h) => headers.indexOf(h)).find((i) => i >= 0);
    if (index !== undefined) columns.set(field, index);
    else if (spec.required) {
      problems.push({
        line: header.line,
        column: 1,
        header: spec.headers[0]!,
        message: `no "${spec.headers[0]}" column${
          spec.headers.length > 1
            ? ` (or ${spec.headers
                .slice(1)
                .map((h) => `"${h}"`)
                .join(', ')})`
            : ''
        } in the header row; the ${format} format needs it`,
      });
    }
  }
  if (problems.length > 0) return { rows: [], summaryLines: [], problems };
  const rows: PerformanceRow[] = [];
  const summaryLines: number[] = [];
  for (const record of body) {
    const videoText = record.fields[columns.get('video')!]?.trim() ?? '';
    if (format === 'youtube' && /^total$/i.test(record.fields[0]?.trim() ?? '')) {
      summaryLines.push(record.line);
      continue;
    }
    const row: Partial<Record<Field, string | number>> = {};
    for (const [field, index] of columns) {
      const cell = record.fields[index] ?? '';
      const spec = FORMATS[format][field];
      if (cell.trim() === '' && !spec.required) continue;
      const reading = spec.read(cell);
      if ('problem' in reading) {
        problems.push({
          line: record.line,
          column: index + 1,
          header: header.fields[index]!.trim(),
          message: reading.problem,
        });
      } else row[field] = reading.value;
    }
    if (videoText === '' || row.views === undefined || row.video === undefined) continue;
    rows.push({
      ...(row as Omit<PerformanceRow, 'line' | 'date'>),
      date: (row.date as string | undefined) ?? '',
      line: record.line,
    });
  }
  return { rows, summaryLines, problems };
}
