import type { PerformanceRow } from './performance-row.js';

/** A rendered (or queued) job as analytics sees it. */
export interface VideoRef {
  readonly id: string;
  readonly topic: string;
  readonly createdAt: string;
  readonly outputPath?: string;
  readonly variant?: string;
  readonly variantGroup?: string;
}

/** A row matched to its job, as stored: one per job, source and day. */
export interface StoredPerformance extends Omit<PerformanceRow, 'line' | 'video'> {
  readonly jobId: string;
  /** The format it was imported from: generic, youtube or tiktok. */
  readonly source: string;
}

/**
 * A job's numbers, summed over its sources. Within one source, dated rows (days) and an undated
 * row (the total to date) never add up: the kind imported last counts (on a tie, the total), as
 * a total to date already contains the days.
 */
export interface PerformanceTotals {
  readonly views: number;
  readonly likes: number;
  /** False when no counted row gave likes (a file with views only): `likes` is then 0 by default. */
  readonly likesGiven: boolean;
  readonly comments: number;
  readonly shares: number;
  /** Views-weighted over the rows that give it; undefined when none does. */
  readonly averageViewDurationSeconds?: number;
  readonly completionRate?: number;
}

export interface AnalyticsRepository {
  listVideos(): VideoRef[];
  /** Stores the rows in one transaction, replacing rows with the same job, source and day. */
  save(
    rows: readonly StoredPerformance[],
    importedFrom: string,
    importedAt: string,
  ): { added: number; replaced: number };
  totalsByJob(): Map<string, PerformanceTotals>;
}
