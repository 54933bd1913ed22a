/**
 * When does one variant beat the others? A two-proportion z-test on the like rate (likes / views):
 * the variant with the highest rate is the winner only when its difference from every other
 * variant is significant at 95 %, two-sided, with the Bonferroni correction for comparing it with
 * k − 1 others (each comparison at α = 0.05 / (k − 1)), so the chance of naming a winner where
 * there is none stays ≤ 5 % whatever the number of variants. Otherwise: how many more views the
 * closest comparison needs if the rates seen so far hold, split evenly between the two.
 */

export const SIGNIFICANCE_LEVEL = 0.05;

export interface VariantCounts {
  readonly variant: string;
  readonly views: number;
  readonly likes: number;
}

export interface WinnerDecision {
  /** The winning variant's name, or null while the data do not decide. */
  readonly winner: string | null;
  /** The variant with the highest like rate so far (also when not yet significant). */
  readonly leader: string | null;
  /** The largest of the leader's corrected p-values against the others (1 when not testable). */
  readonly pValue: number;
  /** When undecided and estimable: more views (in total, for the leader and its closest rival) likely needed. */
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
  if (withViews.length < variants.length) {
    const missing = variants.filter((v) => v.views <= 0).map((v) => v.variant);
    return {
      winner: null,
      leader: null,
      pValue: 1,
      summary: `not enough data yet: no views imported for ${missing.join(', ')}`,
    };
  }
  const sorted = [...variants].sort((a, b) => rate(b) - rate(a));
  const leader = sorted[0]!;
  const comparisons = sorted.length - 1;
  const alpha = SIGNIFICANCE_LEVEL / comparisons;
  const zCritical = normalQuantile(1 - alpha / 2);
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
    return {
      winner: null,
      leader: leader.variant,
      pValue,
      summary: `not enough data yet: ${leader.variant} and ${rival.variant} have the same like rate so far, so no number of views can be estimated`,
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
