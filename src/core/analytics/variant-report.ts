/** The A/B report per variant group, as the CLI prints it (`analytics report --json`) and the UI shows it. */

export interface VariantNumbers {
  readonly variant: string;
  /** The jobs that rendered this variant in the group (one, unless it was rendered again). */
  readonly jobs: readonly string[];
  readonly views: number;
  readonly likes: number;
  readonly comments: number;
  readonly shares: number;
  /** likes / views; null without views. */
  readonly likeRate: number | null;
  readonly averageViewDurationSeconds: number | null;
  readonly completionRate: number | null;
}

export interface VariantGroupReport {
  readonly group: string;
  readonly topic: string;
  /** When the group's jobs were queued. */
  readonly createdAt: string;
  readonly variants: readonly VariantNumbers[];
  /** The variant that won at 95 %, or null. */
  readonly winner: string | null;
  /** Highest like rate so far, decided or not. */
  readonly leader: string | null;
  readonly pValue: number;
  readonly test: string;
  /** Set while undecided, when it can be estimated. */
  readonly moreViewsNeeded: number | null;
  readonly summary: string;
}

export const WINNER_TEST =
  'two-proportion z-test on likes/views, two-sided, leader against each other variant, Bonferroni-corrected, 95 %';
