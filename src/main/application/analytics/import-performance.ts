import type { PerformanceRow } from './performance-row.js';
import type { AnalyticsRepository, StoredPerformance } from './ports.js';
import { VideoMatcher } from './video-matcher.js';

export interface UnmatchedRow {
  readonly line: number;
  readonly video: string;
  readonly reason: string;
}

export interface ImportOutcome {
  readonly file: string;
  readonly source: string;
  /** Rows stored: new ones, and ones that replaced the same video, source and day from before. */
  readonly added: number;
  readonly replaced: number;
  /** Rows that matched no video: reported, never dropped silently. */
  readonly unmatched: readonly UnmatchedRow[];
  /** Rows for a video and day an earlier line of the same file already gave (the earlier one is kept). */
  readonly duplicates: readonly { readonly line: number; readonly firstLine: number }[];
}

/**
 * Joins checked rows to their jobs and stores them. Rows are keyed by job, source and day, so
 * importing the same file again replaces its numbers instead of adding them a second time.
 */
export function importPerformanceRows(input: {
  readonly rows: readonly PerformanceRow[];
  readonly source: string;
  readonly file: string;
  readonly repository: AnalyticsRepository;
  readonly now: string;
}): ImportOutcome {
  const matcher = new VideoMatcher(input.repository.listVideos());
  const unmatched: UnmatchedRow[] = [];
  const duplicates: { line: number; firstLine: number }[] = [];
  const firstLine = new Map<string, number>();
  const stored: StoredPerformance[] = [];
  for (const row of input.rows) {
    const match = matcher.match(row.video);
    if ('problem' in match) {
      unmatched.push({ line: row.line, video: row.video, reason: match.problem });
      continue;
    }
    const key = `${match.jobId}\n${row.date}`;
    const seen = firstLine.get(key);
    if (seen !== undefined) {
      duplicates.push({ line: row.line, firstLine: seen });
      continue;
    }
    firstLine.set(key, row.line);
    const { line: _line, video: _video, ...numbers } = row;
    stored.push({ ...numbers, jobId: match.jobId, source: input.source });
  }
  const { added, replaced } = input.repository.save(stored, input.file, input.now);
  return { file: input.file, source: input.source, added, replaced, unmatched, duplicates };
}
