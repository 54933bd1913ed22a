// The UI's own text (script names, topics, hooks in the library and editor, history rows) may be
// Japanese, Arabic, Hebrew or emoji. A machine without such system fonts showed them as boxes,
// while the preview beside them drew glyphs from the faces shipped with the app. These register
// the same shipped faces for the UI, each limited to its script's characters, under their own
// family names (listed at the end of `--font` in styles.css): the browser fetches a face only when
// text needs it, and the UI's Latin text keeps its font.
import { FONT_FACES, fontUrl } from '#remotion/fonts.js';

export const UI_FALLBACK_PREFIX = 'Reelforge UI ';

/** The fallback families in the order `--font` lists them, e.g. "Reelforge UI Noto Sans CJK SC". */
export const UI_FALLBACK_FAMILIES: readonly string[] = FONT_FACES.filter((f) => f.unicodeRange).map(
  (f) => UI_FALLBACK_PREFIX + f.shippedFamily,
);

/** Adds the fallback faces to the page (loaded on first use); a page without FontFace keeps boxes. */
export function registerUiFallbackFonts(doc: Document = document): void {
  if (typeof FontFace === 'undefined' || !doc.fonts) return;
  const baseUrl = new URL('fonts/', doc.baseURI).href;
  for (const spec of FONT_FACES) {
    if (!spec.unicodeRange) continue;
    // The shipped faces are bold only: one file stands for every weight rather than none.
    const face = new FontFace(
      UI_FALLBACK_PREFIX + spec.shippedFamily,
      `url("${fontUrl(baseUrl, spec.file)}")`,
      {
        weight: '100 900',
        unicodeRange: spec.unicodeRange,
        display: 'swap',
      },
    );
    doc.fonts.add(face);
  }
}
