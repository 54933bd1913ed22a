import { useEffect, useState } from 'react';
import { getRemotionEnvironment, useDelayRender } from 'remotion';
import { fontFacesNeededFor } from '../fonts.js';
import { loadFace } from '../load-font-face.js';

/**
 * Registers the shipped fonts a text needs and holds the frame until they are loaded, so no frame
 * is captured with a fallback face. Without a base URL (a preview that did not pass one) the
 * system fonts are used. A missing font fails a render (with the URL named) but only warns in
 * the preview.
 */
export function useFonts(baseUrl: string | undefined, text: string, weights: readonly number[] = []): void {
  // The hook's functions are scoped to this composition, so two previews never share handles.
  const { delayRender, continueRender, cancelRender } = useDelayRender();
  const [handle] = useState(() => delayRender('Loading Reelforge fonts'));
  const weightList = weights.join(',');
  useEffect(() => {
    if (baseUrl === undefined) {
      continueRender(handle);
      return;
    }
    let active = true;
    Promise.all(
      fontFacesNeededFor(text, weightList.split(',').map(Number)).map((spec) => loadFace(spec, baseUrl)),
    ).then(
      () => continueRender(handle),
      (error: unknown) => {
        if (getRemotionEnvironment().isRendering) {
          cancelRender(error);
          return;
        }
        if (active) console.warn(error);
        continueRender(handle);
      },
    );
    return () => {
      active = false;
    };
  }, [baseUrl, text, weightList, handle, continueRender, cancelRender]);
}
