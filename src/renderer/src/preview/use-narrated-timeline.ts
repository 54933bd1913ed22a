// The timeline a library script's render will narrate to, spoken in main with the render's own
// voice (local voices only; cached there, so the render reuses the speech). Until it arrives, or
// when main does not speak it (a cloud voice), the page's own estimate stands in.
import { useEffect, useState } from 'react';
import type { VideoTimeline } from '#shared/api-types.js';
import { useApi } from '../app/api-context.js';
import { scriptIsNarrated } from './preview-match.js';

/**
 * The narrated timeline of library entry `id`, or undefined (not narrated, not yet spoken, or not
 * spoken for previews). `revision` (the entry's updatedAt) and `voice` ask again when either changes.
 */
export function useNarratedTimeline(
  id: string,
  revision: string,
  voice: string | undefined,
): VideoTimeline | undefined {
  const api = useApi();
  const spoken = scriptIsNarrated(voice);
  const [result, setResult] = useState<{ key: string; timeline: VideoTimeline | undefined }>();
  const key = `${id}\n${revision}\n${voice ?? ''}`;
  useEffect(() => {
    if (!spoken) return undefined;
    let live = true;
    api['library.narration']({ id }).then(
      ({ timeline }) => {
        if (live) setResult({ key, timeline: timeline ?? undefined });
      },
      () => {
        if (live) setResult({ key, timeline: undefined });
      },
    );
    return () => {
      live = false;
    };
  }, [api, id, key, spoken]);
  return spoken && result?.key === key ? result.timeline : undefined;
}
