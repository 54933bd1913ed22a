import type { CostEstimate } from '#core/provider.js';
import type { ClipRequest } from './clip-request.js';

/** Credits for the clips that still have to be generated (cached clips are free). */
export function estimateRunwayCredits(
  clips: readonly ClipRequest[],
  isCached: (clip: ClipRequest) => boolean,
  creditsPerSecond: number,
): CostEstimate {
  const seconds = uniqueClips(clips)
    .filter((clip) => !isCached(clip))
    .reduce((sum, clip) => sum + clip.duration, 0);
  return { amount: Math.round(seconds * creditsPerSecond * 100) / 100, unit: 'credits' };
}

/** Scenes asking for the very same clip share one task. */
function uniqueClips(clips: readonly ClipRequest[]): ClipRequest[] {
  const seen = new Set<string>();
  return clips.filter((clip) => {
    const key = JSON.stringify(clip);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
