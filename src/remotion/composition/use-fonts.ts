import { useEffect, useState } from 'react';
import { getRemotionEnvironment, useDelayRender } from 'remotion';
import { FONT_WEIGHT, fontFacesNeededFor, fontUrl, type FontFaceSpec } from '../fonts.js';

// One load per face and URL for the page's lifetime: scenes and re-renders share it.
const loads = new Map<string, Promise<void>>();

function loadFace(spec: FontFaceSpec, baseUrl: string): Promise<void> {
  const url = fontUrl(baseUrl, spec.file);
  const key = `${spec.family}\n${url}`;
  const existing = loads.get(key);
  if (existing) return existing;
  const face = new FontFace(spec.family, `url("${url}")`, {
    weight: String(FONT_WEIGHT),
    display: 'block',
    ...(spec.unicodeRange ? { unicodeRange: spec.unicodeRange } : {}),
  });
  document.fonts.add(face);
  const load = face.load().then(
    () => undefined,
    (error: unknown) => {
      loads.delete(key);
      document.fonts.delete(face);
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(`font ${spec.file} could not be loaded from ${url}: ${why}`);
    },
  );
  loads.set(key, load);
  return load;
}

/**
 * Registers the shipped fonts a text needs and holds the frame until they are loaded, so no frame
 * is captured with a fallback face. Without a base URL (a preview that did not pass one) the
 * system fonts are used. A missing font fails a render (with the URL named) but only warns in
 * the preview.
 */
export function useFonts(baseUrl: string | undefined, text: string): void {
  // The hook's functions are scoped to this composition, so two previews never share handles.
  const { delayRender, continueRender, cancelRender } = useDelayRender();
  const [handle] = useState(() => delayRender('Loading Reelforge fonts'));
  useEffect(() => {
    if (baseUrl === undefined) {
      continueRender(handle);
      return;
    }
    let active = true;
    Promise.all(fontFacesNeededFor(text).map((spec) => loadFace(spec, baseUrl))).then(
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
  }, [baseUrl, text, handle, continueRender, cancelRender]);
}
