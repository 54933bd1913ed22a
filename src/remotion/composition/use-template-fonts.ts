import { useEffect, useState } from 'react';
import { getRemotionEnvironment, useDelayRender } from 'remotion';

/**
 * Registers a template's own font files (served by the render's media server) under their
 * families and holds the frame until they are loaded, like `useFonts` does for the shipped faces.
 * One file per family, matched at every weight (the file has the weight it has, as in canvas).
 */
export function useTemplateFonts(fonts: readonly { readonly family: string; readonly url: string }[]): void {
  const { delayRender, continueRender, cancelRender } = useDelayRender();
  const [handle] = useState(() => delayRender('Loading the template fonts'));
  const key = JSON.stringify(fonts);
  useEffect(() => {
    const wanted = JSON.parse(key) as { family: string; url: string }[];
    if (wanted.length === 0 || typeof FontFace === 'undefined') {
      continueRender(handle);
      return;
    }
    Promise.all(
      wanted.map(async ({ family, url }) => {
        const face = new FontFace(family.replace(/["\\]/g, ''), `url("${url}")`, { weight: '100 900' });
        document.fonts.add(face);
        await face.load();
      }),
    ).then(
      () => continueRender(handle),
      (error: unknown) => {
        if (getRemotionEnvironment().isRendering) cancelRender(error);
        else continueRender(handle);
      },
    );
  }, [key, handle, continueRender, cancelRender]);
}
