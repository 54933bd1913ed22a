// The quick preview draws scene text with the faces the renders use (shipped in resources/fonts,
// served next to index.html), so emoji, Japanese, Arabic and Hebrew show as glyphs, not boxes.
// They are registered under their own family names: the UI's font never changes.
import { useEffect } from 'react';
import { fontFacesNeededFor } from '#remotion/fonts.js';
import { loadFace } from '#remotion/load-font-face.js';

/** Loads the shipped faces `text` needs; the text shows in a fallback face until they arrive. */
export function usePreviewFonts(text: string, weights: readonly number[] = []): void {
  const weightList = weights.join(',');
  useEffect(() => {
    // Pages without the CSS Font Loading API (tests in a DOM without it) keep the fallback.
    if (typeof FontFace === 'undefined' || typeof document === 'undefined' || !document.fonts) return;
    const baseUrl = new URL('fonts/', document.baseURI).href;
    for (const spec of fontFacesNeededFor(text, weightList.split(',').map(Number))) {
      loadFace(spec, baseUrl).catch((error: unknown) => console.warn(error));
    }
  }, [text, weightList]);
}
