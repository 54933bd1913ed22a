// Loads the Remotion preview's code on first use, outside React's Suspense. With React.lazy the
// switch to Remotion was a Suspense retry, the lowest-priority work React has and one that never
// expires: the FFmpeg-look preview shown meanwhile updates every animation frame, each update
// restarted the retry, and the player appeared after anything from 3 s to minutes. Setting state
// when the module arrives makes the switch an ordinary update, which React finishes in time.
import { useEffect, useState } from 'react';
import type RemotionPreview from './remotion/RemotionPreview.js';

export type RemotionPreviewComponent = typeof RemotionPreview;

/** Shared by every preview on the page: the module is fetched once and kept. */
let loading: Promise<RemotionPreviewComponent> | undefined;
/** Set once loaded, so a preview opened later shows the player from its first render. */
let loaded: RemotionPreviewComponent | undefined;

function loadRemotionPreview(): Promise<RemotionPreviewComponent> {
  loading ??= import('./remotion/RemotionPreview.js').then(
    (module) => (loaded = module.default),
    (error: unknown) => {
      loading = undefined; // a later preview may try again (e.g. after a network blip)
      throw error;
    },
  );
  return loading;
}

export interface RemotionPreviewLoad {
  /** The component once its code has loaded; undefined before (and while not wanted). */
  readonly component: RemotionPreviewComponent | undefined;
  /** Why it could not load, when it could not. */
  readonly error: string | undefined;
}

/** The Remotion preview component, loaded the first time `wanted` is true. */
export function useRemotionPreview(wanted: boolean): RemotionPreviewLoad {
  const [component, setComponent] = useState<RemotionPreviewComponent | undefined>(() => loaded);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!wanted || component) return undefined;
    let live = true;
    loadRemotionPreview().then(
      (loaded) => {
        if (live) setComponent(() => loaded);
      },
      (cause: unknown) => {
        if (live) setError(cause instanceof Error ? cause.message : String(cause));
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, component]);
  return { component: wanted ? component : undefined, error: wanted ? error : undefined };
}
