import { decideWinner } from '#core/analytics/significance.js';
import { WINNER_TEST, type VariantGroupReport, type VariantNumbers } from '#core/analytics/variant-report.js';
import { ReelforgeError } from '#core/errors.js';
import type { AnalyticsRepository, PerformanceTotals, VideoRef } from './ports.js';

const MIN_GROUP_PREFIX = 4;

function weighted(
  jobs: readonly string[],
  totals: Map<string, PerformanceTotals>,
  pick: (t: PerformanceTotals) => number | undefined,
): number | null {
  let sum = 0;
  let weight = 0;
  for (const id of jobs) {
    const t = totals.get(id);
    const value = t && pick(t);
    if (t === undefined || value === undefined || t.views === 0) continue;
    sum += value * t.views;
    weight += t.views;
  }
  return weight === 0 ? null : sum / weight;
}

function numbersOf(
  variant: string,
  jobs: readonly string[],
  totals: Map<string, PerformanceTotals>,
): VariantNumbers {
  const add = (pick: (t: PerformanceTotals) => number) =>
    jobs.reduce((sum, id) => sum + (totals.has(id) ? pick(totals.get(id)!) : 0), 0);
  const views = add((t) => t.views);
  const likes = add((t) => t.likes);
  return {
    variant,
    jobs,
    views,
    likes,
    comments: add((t) => t.comments),
    shares: add((t) => t.shares),
    likeRate: views > 0 ? likes / views : null,
    averageViewDurationSeconds: weighted(jobs, totals, (t) => t.averageViewDurationSeconds),
    completionRate: weighted(jobs, totals, (t) => t.completionRate),
  };
}

/** Whether any of the jobs' counted rows gave likes (a views-only import gives none). */
function likesGiven(jobs: readonly string[], totals: Map<string, PerformanceTotals>): boolean {
  return jobs.some((id) => totals.get(id)?.likesGiven === true);
}

/** The group ids `wanted` stands for: every group, or the one it names by id or unique prefix. */
function selectGroups(groups: readonly string[], wanted: string | undefined): string[] {
  if (wanted === undefined) return [...groups];
  const typed = wanted.trim().toLowerCase();
  if (groups.includes(typed)) return [typed];
  if (typed.length < MIN_GROUP_PREFIX) {
    throw new ReelforgeError(
      `--group "${wanted}": give the group id or at least ${MIN_GROUP_PREFIX} of its first characters`,
    );
  }
  const matches = groups.filter((g) => g.toLowerCase().startsWith(typed));
  if (matches.length === 1) return matches;
  throw new ReelforgeError(
    matches.length === 0
      ? `--group "${wanted}": no variant group has this id (see reelforge analytics report)`
      : `--group "${wanted}" is the start of ${matches.length} group ids; give more characters`,
  );
}

/** Every variant group (newest first), or one, with each variant's numbers and the winner rule applied. */
export function variantReport(repository: AnalyticsRepository, group?: string): VariantGroupReport[] {
  const byGroup = new Map<string, VideoRef[]>();
  for (const video of repository.listVideos()) {
    if (video.variantGroup === undefined || video.variant === undefined) continue;
    byGroup.set(video.variantGroup, [...(byGroup.get(video.variantGroup) ?? []), video]);
  }
  const totals = repository.totalsByJob();
  const selected = selectGroups([...byGroup.keys()], group);
  return selected
    .map((id): VariantGroupReport => {
      const videos = byGroup.get(id)!;
      const variantJobs = new Map<string, string[]>();
      for (const video of videos)
        variantJobs.set(video.variant!, [...(variantJobs.get(video.variant!) ?? []), video.id]);
      const variants = [...variantJobs].map(([name, jobs]) => numbersOf(name, jobs, totals));
      const decision = decideWinner(
        variants.map((v) => ({ ...v, likesMissing: v.views > 0 && !likesGiven(v.jobs, totals) })),
      );
      return {
        group: id,
        topic: videos[0]!.topic,
        createdAt: videos.map((v) => v.createdAt).sort()[0]!,
        variants,
        winner: decision.winner,
        leader: decision.leader,
        pValue: decision.pValue,
        test: WINNER_TEST,
        moreViewsNeeded: decision.moreViewsNeeded ?? null,
        summary: decision.summary,
      };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
