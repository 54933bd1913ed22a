import type { VideoProvider } from '#core/provider.js';
import type { Ranking, ScoreBreakdown, SelectionCriteria } from '#core/registry.js';
import type { SelectionWeights } from '#core/config.js';
import type { ProviderCapability } from '#core/capability.js';

/** What the scorer knows of one provider; gathered by the registry, scored here without I/O. */
export interface ProviderCandidate extends Pick<
  VideoProvider,
  'id' | 'capabilities' | 'supportedQualities' | 'autoSelectable'
> {
  readonly enabled: boolean;
  readonly available: boolean;
  readonly unavailableReason?: string;
  readonly successes: number;
  readonly failures: number;
  readonly averageSeconds?: number;
  /** Estimated cost of this request in the provider's unit; 0 for local renderers. */
  readonly cost: number;
}

export interface ScoredCandidate {
  readonly id: string;
  readonly score: number;
  readonly breakdown: ScoreBreakdown;
}

export type ScoringOutcome = Ranking<ScoredCandidate>;

/**
 * Capabilities that make a finished short-form video better; a provider with more of them
 * scores higher on "capability" once the hard requirements are met.
 */
const ENRICHING_CAPABILITIES: readonly ProviderCapability[] = [
  'animation',
  'transitions',
  'audio',
  'captions',
];

/** A render of about this many seconds scores 0.5 on speed. */
const REFERENCE_RENDER_SECONDS = 60;

/** Why a candidate cannot serve the criteria, or undefined when it can. */
export function exclusionReason(
  candidate: ProviderCandidate,
  criteria: SelectionCriteria,
): string | undefined {
  if (criteria.exclude?.includes(candidate.id)) return 'already tried for this job';
  if (!candidate.enabled) return 'disabled in settings';
  if (!candidate.autoSelectable) return 'only used when chosen by name';
  if (!candidate.available) return candidate.unavailableReason ?? 'not available';
  if (!candidate.supportedQualities.includes(criteria.quality)) {
    return `does not support quality "${criteria.quality}"`;
  }
  const missing = criteria.requiredCapabilities.filter((c) => !candidate.capabilities.includes(c));
  if (missing.length > 0) return `lacks ${missing.join(', ')}`;
  return undefined;
}

export function scoreBreakdown(candidate: ProviderCandidate, criteria: SelectionCriteria): ScoreBreakdown {
  const enriching = ENRICHING_CAPABILITIES.filter((c) => candidate.capabilities.includes(c)).length;
  // Laplace smoothing: a new provider starts at 0.5 and one failure does not sink it to 0.
  const reliability = (candidate.successes + 1) / (candidate.successes + candidate.failures + 2);
  const speed =
    candidate.averageSeconds === undefined
      ? 0.5
      : 1 / (1 + candidate.averageSeconds / REFERENCE_RENDER_SECONDS);
  const cost = 1 / (1 + Math.max(0, candidate.cost));
  const preference = criteria.preferredProviderId === candidate.id ? 1 : 0;
  return { capability: enriching / ENRICHING_CAPABILITIES.length, reliability, speed, cost, preference };
}

export function weightedScore(breakdown: ScoreBreakdown, weights: SelectionWeights): number {
  const keys = ['capability', 'reliability', 'speed', 'cost', 'preference'] as const;
  const totalWeight = keys.reduce((sum, k) => sum + Math.max(0, weights[k]), 0);
  if (totalWeight === 0) return 0;
  const raw = keys.reduce((sum, k) => sum + Math.max(0, weights[k]) * breakdown[k], 0) / totalWeight;
  // Rounded so float noise never decides between two equal providers.
  return Math.round(raw * 1e9) / 1e9;
}

/** Filters out what cannot serve the criteria and ranks the rest, best first, ties by id. */
export function rankCandidates(
  candidates: readonly ProviderCandidate[],
  criteria: SelectionCriteria,
  weights: SelectionWeights,
): ScoringOutcome {
  const excluded: Record<string, string> = {};
  const ranked: ScoredCandidate[] = [];
  for (const candidate of candidates) {
    const reason = exclusionReason(candidate, criteria);
    if (reason !== undefined) {
      excluded[candidate.id] = reason;
      continue;
    }
    const breakdown = scoreBreakdown(candidate, criteria);
    ranked.push({ id: candidate.id, score: weightedScore(breakdown, weights), breakdown });
  }
  ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ranked, excluded };
}
