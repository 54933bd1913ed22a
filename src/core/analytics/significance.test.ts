import { describe, expect, it } from 'vitest';
import { decideWinner, formatP, normalCdf, normalQuantile, twoProportionZTest } from './significance.js';

/** The decision for variants a, b (and c) with these [views, likes]. */
const decideAbc = (...counts: readonly (readonly [number, number])[]) =>
  decideWinner(counts.map(([views, likes], i) => ({ variant: 'abc'[i]!, views, likes })));

describe('normal distribution', () => {
  it('matches table values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1.644854)).toBeCloseTo(0.05, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 4);
    expect(normalQuantile(1 - 0.025 / 2)).toBeCloseTo(2.241403, 4);
  });
});

describe('twoProportionZTest', () => {
  it('computes the pooled z and two-sided p-value', () => {
    // 60/1000 vs 40/1000: pooled 0.05, se = sqrt(0.05·0.95·0.002) = 0.009747, z = 2.0520.
    const test = twoProportionZTest(
      { variant: 'a', views: 1000, likes: 60 },
      { variant: 'b', views: 1000, likes: 40 },
    )!;
    expect(test.z).toBeCloseTo(2.052, 3);
    expect(test.pValue).toBeCloseTo(0.0402, 3);
  });

  it('cannot test without views or with no variation at all', () => {
    expect(
      twoProportionZTest({ variant: 'a', views: 0, likes: 0 }, { variant: 'b', views: 10, likes: 1 }),
    ).toBeUndefined();
    expect(
      twoProportionZTest({ variant: 'a', views: 10, likes: 0 }, { variant: 'b', views: 10, likes: 0 }),
    ).toBeUndefined();
  });
});

describe('decideWinner', () => {
  it('names the winner when the difference is decisive', () => {
    const decision = decideWinner([
      { variant: 'control', views: 5000, likes: 150 },
      { variant: 'question-hook', views: 5000, likes: 260 },
    ]);
    expect(decision.winner).toBe('question-hook');
    expect(decision.pValue).toBeLessThan(0.001);
    expect(decision.summary).toMatch(/^question-hook wins/);
  });

  it('is undecided at p just above 0.05 and estimates the views needed', () => {
    // 60/1000 vs 40/1000 is p ≈ 0.04 with two variants, but with three the leader needs p < 0.025 each.
    const three = decideAbc([1000, 60], [1000, 40], [1000, 20]);
    expect(three.winner).toBeNull();
    expect(three.leader).toBe('a');
    expect(three.pValue).toBeCloseTo(0.0804, 2);
    // n = 2·0.05·0.95·2.2414² / 0.02² = 1193.2 → 1194 per variant: 194 more for a and for b.
    expect(three.moreViewsNeeded).toBe(388);
    expect(three.summary).toMatch(/^not enough data yet: a leads b .* about 388 more views \(1194 each\)/);
    // The same two without the third: one comparison at α = 0.05, p ≈ 0.04 decides.
    const two = decideAbc([1000, 60], [1000, 40]);
    expect(two.winner).toBe('a');
  });

  it('says "not enough data yet" for small samples, equal rates and variants without views', () => {
    const small = decideAbc([100, 6], [100, 4]);
    expect(small).toMatchObject({ winner: null, leader: 'a' });
    expect(small.moreViewsNeeded).toBeGreaterThan(1000);
    const tie = decideAbc([500, 10], [500, 10]);
    expect(tie.winner).toBeNull();
    expect(tie.summary).toContain('same like rate');
    const none = decideAbc([500, 10], [0, 0]);
    expect(none).toMatchObject({ winner: null });
    expect(none.summary).toMatch(/^not enough data yet: no views imported for b; about \d+ more views/);
  });

  it('estimates the views for a 20 % difference at the rate seen when rates are equal', () => {
    // p = 2 %, lifted 2.4 %: n = 2·0.022·0.978·1.96² / 0.004² = 10331.6 → 10332 a side, 9832 more each.
    const tie = decideAbc([500, 10], [500, 10]);
    expect(tie.moreViewsNeeded).toBe(19664);
    expect(tie.summary).toBe(
      'not enough data yet: a and b have the same like rate so far; about 19664 more views (10332 each) would be needed to tell a 20 % difference in like rate at the 2.00 % seen so far',
    );
  });

  it('estimates the views for a variant without any, from the rate the others show', () => {
    const none = decideAbc([500, 10], [0, 0]);
    // 10332 a side at 2 %: 9832 more for a, all 10332 for b.
    expect(none.moreViewsNeeded).toBe(20164);
    expect(none.summary).toContain('at the 2.00 % seen so far');
  });

  it('assumes a 4 % like rate, and says so, before any likes are seen', () => {
    const fresh = decideAbc([0, 0], [0, 0]);
    // p = 4 %, lifted 4.8 %: n = 2·0.044·0.956·1.96² / 0.008² = 5049.6 → 5050 a side.
    expect(fresh.moreViewsNeeded).toBe(10100);
    expect(fresh.summary).toContain('at an assumed 4.00 % (no likes to go by yet)');
    const noLikes = decideAbc([500, 0], [400, 0]);
    expect(noLikes.moreViewsNeeded).toBe(9200);
  });

  it('says likes are needed, not views, when the numbers have none', () => {
    const viewsOnly = decideWinner([
      { variant: 'a', views: 5000, likes: 0, likesMissing: true },
      { variant: 'b', views: 4000, likes: 0, likesMissing: true },
    ]);
    expect(viewsOnly).toMatchObject({ winner: null, leader: null });
    expect(viewsOnly.moreViewsNeeded).toBeUndefined();
    expect(viewsOnly.summary).toBe(
      'not enough data yet: no likes imported for a, b; the winner is decided on likes per view, so import numbers with a likes column (more views alone will not decide it)',
    );
  });
});

describe('formatP', () => {
  it('writes a p-value with two significant digits, and a tiny one as a bound, never "p = 0.0"', () => {
    expect(formatP(0.0312)).toBe('p = 0.031');
    expect(formatP(0.5)).toBe('p = 0.50');
    expect(formatP(0)).toBe('p < 0.0001');
    expect(formatP(3e-9)).toBe('p < 0.0001');
  });
});
