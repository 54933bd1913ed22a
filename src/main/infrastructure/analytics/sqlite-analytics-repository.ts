import type {
  AnalyticsRepository,
  PerformanceTotals,
  StoredPerformance,
  VideoRef,
} from '../../application/analytics/ports.js';
import type { Database } from '../storage/sqlite-types.js';
import { StatementCache } from '../storage/statement-cache.js';

const VIDEOS_SQL = `SELECT id, topic, created_at, output_path, variant, variant_group FROM jobs ORDER BY seq`;
const EXISTS_SQL = `SELECT 1 FROM video_analytics WHERE job_id = ? AND source = ? AND date = ?`;
const UPSERT_SQL = `
  INSERT INTO video_analytics (job_id, source, date, views, likes, comments, shares,
    average_view_duration_seconds, completion_rate, imported_from, imported_at)
  VALUES (@jobId, @source, @date, @views, @likes, @comments, @shares,
    @averageViewDurationSeconds, @completionRate, @importedFrom, @importedAt)
  ON CONFLICT (job_id, source, date) DO UPDATE SET
    views = excluded.views, likes = excluded.likes, comments = excluded.comments, shares = excluded.shares,
    average_view_duration_seconds = excluded.average_view_duration_seconds,
    completion_rate = excluded.completion_rate, imported_from = excluded.imported_from,
    imported_at = excluded.imported_at`;
// For one job and source, a total to date (date '') and daily rows would count the same views
// twice: only the kind imported last is counted (the total on a tie, as it holds every day).
// Durations and completion are averaged weighted by views, over the rows that give them.
const TOTALS_SQL = `
  WITH latest AS (
    SELECT job_id, source,
      MAX(CASE WHEN date = '' THEN imported_at END) AS total_at,
      MAX(CASE WHEN date <> '' THEN imported_at END) AS days_at
    FROM video_analytics GROUP BY job_id, source
  ), counted AS (
    SELECT v.* FROM video_analytics v JOIN latest l ON l.job_id = v.job_id AND l.source = v.source
    WHERE (v.date = '') = (l.total_at IS NOT NULL AND (l.days_at IS NULL OR l.total_at >= l.days_at))
  )
  SELECT job_id,
    SUM(views) AS views, COALESCE(SUM(likes), 0) AS likes, COUNT(likes) AS rows_with_likes,
    COALESCE(SUM(comments), 0) AS comments, COALESCE(SUM(shares), 0) AS shares,
    SUM(average_view_duration_seconds * views) / NULLIF(SUM(CASE WHEN average_view_duration_seconds IS NOT NULL THEN views END), 0) AS avd,
    SUM(completion_rate * views) / NULLIF(SUM(CASE WHEN completion_rate IS NOT NULL THEN views END), 0) AS completion
  FROM counted GROUP BY job_id`;

interface VideoRow {
  id: string;
  topic: string;
  created_at: string;
  output_path: string | null;
  variant: string | null;
  variant_group: string | null;
}

interface TotalsRow {
  job_id: string;
  views: number;
  likes: number;
  rows_with_likes: number;
  comments: number;
  shares: number;
  avd: number | null;
  completion: number | null;
}

/** Imported analytics in the `video_analytics` table (migration 007), joined to `jobs`. */
export class SqliteAnalyticsRepository implements AnalyticsRepository {
  private readonly statements: StatementCache;

  constructor(private readonly db: Database) {
    this.statements = new StatementCache(db);
  }

  listVideos(): VideoRef[] {
    return (this.statements.get(VIDEOS_SQL).all() as VideoRow[]).map((row) => ({
      id: row.id,
      topic: row.topic,
      createdAt: row.created_at,
      ...(row.output_path !== null && { outputPath: row.output_path }),
      ...(row.variant !== null && { variant: row.variant }),
      ...(row.variant_group !== null && { variantGroup: row.variant_group }),
    }));
  }

  save(
    rows: readonly StoredPerformance[],
    importedFrom: string,
    importedAt: string,
  ): { added: number; replaced: number } {
    return this.db
      .transaction(() => {
        let replaced = 0;
        for (const row of rows) {
          if (this.statements.get(EXISTS_SQL).get(row.jobId, row.source, row.date)) replaced += 1;
          this.statements.get(UPSERT_SQL).run({
            jobId: row.jobId,
            source: row.source,
            date: row.date,
            views: row.views,
            likes: row.likes ?? null,
            comments: row.comments ?? null,
            shares: row.shares ?? null,
            averageViewDurationSeconds: row.averageViewDurationSeconds ?? null,
            completionRate: row.completionRate ?? null,
            importedFrom,
            importedAt,
          });
        }
        return { added: rows.length - replaced, replaced };
      })
      .immediate();
  }

  totalsByJob(): Map<string, PerformanceTotals> {
    const rows = this.statements.get(TOTALS_SQL).all() as TotalsRow[];
    return new Map(
      rows.map((row) => [
        row.job_id,
        {
          views: row.views,
          likes: row.likes,
          likesGiven: row.rows_with_likes > 0,
          comments: row.comments,
          shares: row.shares,
          ...(row.avd !== null && { averageViewDurationSeconds: row.avd }),
          ...(row.completion !== null && { completionRate: row.completion }),
        },
      ]),
    );
  }
}
