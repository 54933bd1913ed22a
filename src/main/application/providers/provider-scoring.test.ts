import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SelectionWeights } from '#core/config.js';
import { rankCandidates, type ProviderCandidate } from './provider-scoring.js';

const weights: SelectionWeights = { capability: 1, reliability: 2, speed: 1, cost: 1, preference: 3 };

function candidate(id: string, overrides: Partial<ProviderCandidate> = {}): ProviderCandidate {
  return {
    id,
    capabilities: ['text-to-video', 'audio', 'transitions'],
    supportedQualities: ['draft', 'standard', 'high', 'ultra'],
    enabled: true,
    available: true,
    autoSelectable: true,
    successes: 0,
    failures: 0,
    cost: 0,
    ...overrides,
  };
}

describe('rankCandidates', () => {
  it('excludes providers that cannot serve the request and says why', () => {
    const outcome = rankCandidates(
      [
        candidate('ok'),
        candidate('off', { enabled: false }),
        candidate('gone', { available: false, unavailableReason: 'ffmpeg not found' }),
        candidate('small', { supportedQualities: ['draft'] }),
        candidate('plain', { capabilities: ['text-to-video'] }),
        candidate('test', { autoSelectable: false }),
        candidate('tried'),
      ],
      { quality: 'standard', requiredCapabilities: ['audio'], exclude: ['tried'] },
      weights,
    );
    expect(outcome.ranked.map((r) => r.id)).toEqual(['ok']);
    expect(outcome.excluded).toEqual({
      off: 'disabled in settings',
      gone: 'ffmpeg not found',
      small: 'does not support quality "standard"',
      plain: 'lacks audio',
      test: 'only used when chosen by name',
      tried: 'already tried for this job',
    });
  });

  it('prefers the preferred provider, then reliable, fast and cheap ones', () => {
    const base = { quality: 'standard' as const, requiredCapabilities: [] };
    const reliable = candidate('b-reliable', { successes: 20, failures: 0, averageSeconds: 10 });
    const flaky = candidate('a-flaky', { successes: 2, failures: 8, averageSeconds: 10 });
    expect(rankCandidates([flaky, reliable], base, weights).ranked[0]!.id).toBe('b-reliable');
    expect(
      rankCandidates([flaky, reliable], { ...base, preferredProviderId: 'a-flaky' }, weights).ranked[0]!.id,
    ).toBe('a-flaky');
    const cheap = candidate('cheap', { cost: 0 });
    const pricey = candidate('pricey', { cost: 50 });
    expect(rankCandidates([pricey, cheap], base, weights).ranked.map((r) => r.id)).toEqual([
      'cheap',
      'pricey',
    ]);
  });

  it('breaks ties by id, whatever the input order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(['delta', 'alpha', 'charlie', 'bravo'], { minLength: 2 }), (ids) => {
        const ranked = rankCandidates(
          ids.map((id) => candidate(id)),
          { quality: 'draft', requiredCapabilities: [] },
          weights,
        ).ranked.map((r) => r.id);
        expect(ranked).toEqual([...ids].sort());
      }),
    );
  });

  it('keeps every score within 0–1 for any metrics and weights', () => {
    fc.assert(
      fc.property(
        fc.nat(1000),
        fc.nat(1000),
        fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.record({
          capability: fc.double({ min: 0, max: 10, noNaN: true }),
          reliability: fc.double({ min: 0, max: 10, noNaN: true }),
          speed: fc.double({ min: 0, max: 10, noNaN: true }),
          cost: fc.double({ min: 0, max: 10, noNaN: true }),
          preference: fc.double({ min: 0, max: 10, noNaN: true }),
        }),
        (successes, failures, averageSeconds, cost, w) => {
          const [scored] = rankCandidates(
            [candidate('x', { successes, failures, averageSeconds, cost })],
            { quality: 'draft', requiredCapabilities: [] },
            w,
          ).ranked;
          expect(scored!.score).toBeGreaterThanOrEqual(0);
          expect(scored!.score).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
