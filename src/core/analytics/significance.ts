/**
 * When does one variant beat the others? A two-proportion z-test on the like rate (likes / views):
 * the variant with the highest rate is the winner only when its difference from every other
 * variant is significant at 95 %, two-sided, with the Bonferroni correction for comparing it with
 * k − 1 others (each comparison at α = 0.05 / (k − 1)), so the chance of naming a winner where
 * there is none stays ≤ 5 % whatever the number of variants. Otherwise: how many more views the
 * closest comparison needs if the rates seen so far hold, split evenly between the two. When the
 * rates seen give no difference to go by (equal rates, a variant without views), the estimate is
 * for the smallest difference worth detecting instead (MIN_DETECTABLE_LIFT at the like rate seen,
 * or PRIOR_LIKE_RATE before any); without any likes imported, it says likes are needed.
 */

export const SIGNIFICANCE_LEVEL = 0.05;

/** The smallest difference in like rate an estimate without one to go by aims to detect: 20 % (relative). */
export const MIN_DETECTABLE_LIFT = 0.2;

/** The like rate assumed before any views with likes are imported: 4 %, typical of short-form video. */
export const PRIOR_LIKE_RATE = 0.04;

export interface VariantCounts {
  readonly variant: string;
  readonly views: number;
  readonly likes: number;
  /** True when no imported row gave this variant's likes (a file with views only): `likes` is 0 by default. */
  readonly likesMissing?: boolean;
}

export interface WinnerDecision {
  /** The winning variant's name, or null while the data do not decide. */
  readonly winner: string | null;
  /** The variant with the highest like rate so far (also when not yet significant). */
  readonly leader: string | null;
  /** The largest of the leader's corrected p-values against the others (1 when not testable). */
  readonly pValue: number;
  /**
   * While undecided: more views (in total, for the leader and its closest rival, or for every
   * variant still short of them) likely needed. Undefined when decided, or when likes are missing.
   */
  readonly moreViewsNeeded?: number;
  /** One sentence for people: the winner, or why there is none yet. */
  readonly summary: string;
}

/** Standard normal CDF, from erf (Abramowitz & Stegun 7.1.26, error < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** z with normalCdf(z) = p, by bisection (monotone; 60 halvings are far below the CDF's own error). */
export function normalQuantile(p: number): number {
  let low = -10;
  let high = 10;
  for (let i = 0; i < 60; i += 1) {
    const mid = (low + high) / 2;
    if (normalCdf(mid) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

export interface ZTest {
  readonly z: number;
  /** Two-sided. */
  readonly pValue: number;
}

/** Pooled two-proportion z-test of a.likes/a.views against b.likes/b.views; undefined when not testable. */
export function twoProportionZTest(a: VariantCounts, b: VariantCounts): ZTest | undefined {
  if (a.views <= 0 || b.views <= 0) return undefined;
  const pooled = (a.likes + b.likes) / (a.views + b.views);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / a.views + 1 / b.views));
  if (!(standardError > 0)) return undefined;
  const z = (a.likes / a.views - b.likes / b.views) / standardError;
  return { z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}

const rate = (v: VariantCounts) => (v.views > 0 ? v.likes / v.views : 0);

/**
 * Views per variant at which rates `p1` and `p2` would differ significantly (equal views each):
 * n = 2 · p̄(1 − p̄) · (z / (p1 − p2))², from the pooled test's standard error with n views a side.
 */
function viewsPerVariantNeeded(p1: number, p2: number, zCritical: number): number | undefined {
  const difference = Math.abs(p1 - p2);
  if (difference === 0) return undefined;
  const pooled = (p1 + p2) / 2;
  return Math.ceil((2 * pooled * (1 - pooled) * zCritical ** 2) / difference ** 2);
}

/**
 * Views per variant to detect a MIN_DETECTABLE_LIFT difference at `baseRate` (PRIOR_LIKE_RATE when
 * there is no usable rate yet: none seen, or 0 % or 100 %, where the test has no variance to use).
 */
function viewsPerVariantForLift(
  baseRate: number | undefined,
  zCritical: number,
): { perVariant: number; rate: number; assumed: boolean } {
  const usable = baseRate !== undefined && baseRate > 0 && baseRate < 1;
  const base = usable ? baseRate : PRIOR_LIKE_RATE;
  const lifted = Math.min(1, base * (1 + MIN_DETECTABLE_LIFT));
  return { perVariant: viewsPerVariantNeeded(base, lifted, zCritical)!, rate: base, assumed: !usable };
}

/** What the estimate without a seen difference assumes, in words. */
function liftAssumption(rate: number, assumed: boolean): string {
  const lift = `${Math.round(MIN_DETECTABLE_LIFT * 100)} %`;
  return assumed
    ? `to tell a ${lift} difference in like rate at an assumed ${percent(rate)} (no likes to go by yet)`
    : `to tell a ${lift} difference in like rate at the ${percent(rate)} seen so far`;
}

const pooledRate = (variants: readonly VariantCounts[]): number | undefined => {
  const views = variants.reduce((sum, v) => sum + v.views, 0);
  return views > 0 ? variants.reduce((sum, v) => sum + v.likes, 0) / views : undefined;
};

export function decideWinner(variants: readonly VariantCounts[]): WinnerDecision {
  const withViews = variants.filter((v) => v.views > 0);
  if (variants.length < 2) {
    return {
      winner: null,
      leader: variants[0]?.variant ?? null,
      pValue: 1,
      summary: 'one variant only: nothing to compare',
    };
  }
  const withoutLikes = variants.filter((v) => v.likesMissing === true);
  if (withoutLikes.length > 0) {
    // Zero likes by default would read as a 0 % like rate: the test has nothing to compare.
    return {
      winner: null,
      leader: null,
      pValue: 1,
      summary: `not enough data yet: no likes imported for ${withoutLikes.map((v) => v.variant).join(', ')}; the winner is decided on likes per view, so import numbers with a likes column (more views alone will not decide it)`,
    };
  }
  const comparisons = variants.length - 1;
  const alpha = SIGNIFICANCE_LEVEL / comparisons;
  const zCritical = normalQuantile(1 - alpha / 2);
  if (withViews.length < variants.length) {
    const missing = variants.filter((v) => v.views <= 0).map((v) => v.variant);
    const { perVariant, rate: base, assumed } = viewsPerVariantForLift(pooledRate(withViews), zCritical);
    const more = variants.reduce((sum, v) => sum + Math.max(0, perVariant - v.views), 0);
    return {
      winner: null,
      leader: null,
      pValue: 1,
      moreViewsNeeded: Math.max(more, 1),
      summary: `not enough data yet: no views imported for ${missing.join(', ')}; about ${Math.max(more, 1)} more views (${perVariant} each) would be needed ${liftAssumption(base, assumed)}`,
    };
  }
  const sorted = [...variants].sort((a, b) => rate(b) - rate(a));
  const leader = sorted[0]!;
  let worst: { rival: VariantCounts; pValue: number } | undefined;
  for (const rival of sorted.slice(1)) {
    const test = twoProportionZTest(leader, rival);
    const pValue = test === undefined ? 1 : Math.min(1, test.pValue * comparisons);
    if (worst === undefined || pValue > worst.pValue) worst = { rival, pValue };
  }
  const { rival, pValue } = worst!;
  if (pValue < SIGNIFICANCE_LEVEL && rate(leader) > rate(rival)) {
    return {
      winner: leader.variant,
      leader: leader.variant,
      pValue,
      summary: `${leader.variant} wins: like rate ${percent(rate(leader))} against ${percent(rate(rival))} for ${rival.variant} (${formatP(pValue)}, two-proportion z-test, Bonferroni-corrected)`,
    };
  }
  const perVariant = viewsPerVariantNeeded(rate(leader), rate(rival), zCritical);
  if (perVariant === undefined) {
    // No difference seen to extrapolate from: the views that would show the smallest one worth knowing.
    const lift = viewsPerVariantForLift(pooledRate([leader, rival]), zCritical);
    const more = Math.max(
      1,
      Math.max(0, lift.perVariant - leader.views) + Math.max(0, lift.perVariant - rival.views),
    );
    return {
      winner: null,
      leader: leader.variant,
      pValue,
      moreViewsNeeded: more,
      summary: `not enough data yet: ${leader.variant} and ${rival.variant} have the same like rate so far; about ${more} more views (${lift.perVariant} each) would be needed ${liftAssumption(lift.rate, lift.assumed)}`,
    };
  }
  const moreViewsNeeded = Math.max(0, perVariant - leader.views) + Math.max(0, perVariant - rival.views);
  return {
    winner: null,
    leader: leader.variant,
    pValue,
    // Equal rates of views already past the estimate still undecided: the estimate assumed equal traffic.
    moreViewsNeeded: Math.max(moreViewsNeeded, 1),
    summary: `not enough data yet: ${leader.variant} leads ${rival.variant} (${percent(rate(leader))} vs ${percent(rate(rival))} like rate, ${formatP(pValue)}); about ${Math.max(moreViewsNeeded, 1)} more views (${perVariant} each) would settle it if these rates hold`,
  };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(2)} %`;
}

/** "p = 0.031"; below 0.0001 as a bound, since a p-value that underflowed read "p = 0.0". */
export function formatP(pValue: number): string {
  return pValue < 0.0001 ? 'p < 0.0001' : `p = ${pValue.toPrecision(2)}`;
}
