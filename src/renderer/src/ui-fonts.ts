// The UI draws its text with the Noto Sans faces shipped with the app (resources/fonts), each
// registered for the weight it really is, under a family name only the UI uses: the look no longer
// depends on what the machine has, and the preview's faces ("Reelforge Video …") never replace it.
//
// Its own text (script names, hooks in the library and editor) may also be Chinese, Japanese,
// Korean, Arabic, Hebrew or emoji; a machine without such fonts showed boxes. The videos draw those
// scripts with bold files only, and the UI's regular text once took them too (or whatever regular
// face the system had): bold on a machine without one. So the UI registers the shipped bold file
// for bold text and the shipped regular file for regular text, the same on every machine. Every
// face is limited to its script's characters and fetched only when text needs it.
import { FONT_FACES, fontUrl } from '#remotion/fonts.js';

export const UI_FALLBACK_PREFIX = 'Reelforge UI ';

/** The UI's own text family (`--font` in styles.css starts with it). */
export const UI_FAMILY = `${UI_FALLBACK_PREFIX}Noto Sans`;

/** One face the UI registers: a FontFace's family, source and descriptors. */
export interface UiFontFace {
  readonly family: string;
  /** CSS `src`: a shipped file's url(). */
  readonly source: string;
  /** CSS font-weight descriptor: one weight, or a range for a face meant for every weight. */
  readonly weight: string;
  readonly unicodeRange?: string;
}

/**
 * The regular (400) files of the scripts the videos draw in bold only (FONT_FACES). The renderers
 * do not use them; the UI does, so its regular text in these scripts is regular.
 */
export const UI_REGULAR_FILES: Readonly<Record<string, string>> = {
  'Noto Sans CJK SC': 'NotoSansCJKsc-Regular.otf',
  'Noto Sans Arabic': 'NotoSansArabic-Regular.ttf',
  'Noto Sans Hebrew': 'NotoSansHebrew-Regular.ttf',
};

/** The fallback families in the order `--font` lists them, e.g. "Reelforge UI Noto Sans CJK SC". */
export const UI_FALLBACK_FAMILIES: readonly string[] = FONT_FACES.filter((f) => f.unicodeRange).map(
  (f) => UI_FALLBACK_PREFIX + f.shippedFamily,
);

/** Every face the UI registers, with fonts served from `baseUrl` (the page's fonts/ folder). */
export function uiFontFaces(baseUrl: string): UiFontFace[] {
  const url = (file: string): string => `url("${fontUrl(baseUrl, file)}")`;
  return FONT_FACES.flatMap((spec): UiFontFace[] => {
    if (!spec.unicodeRange)
      return [{ family: UI_FAMILY, source: url(spec.file), weight: String(spec.weight) }];
    const family = UI_FALLBACK_PREFIX + spec.shippedFamily;
    const unicodeRange = spec.unicodeRange;
    const regularFile = UI_REGULAR_FILES[spec.shippedFamily];
    // Colour emoji have one design for every weight.
    if (!regularFile) return [{ family, source: url(spec.file), weight: '100 900', unicodeRange }];
    // CSS picks the nearest: 500 and lighter take the regular file, 550 and heavier the bold one.
    return [
      { family, source: url(spec.file), weight: String(spec.weight), unicodeRange },
      { family, source: url(regularFile), weight: '400', unicodeRange },
    ];
  });
}

/** Adds the UI's faces to the page (each loaded on first use); a page without FontFace keeps the system's. */
export function registerUiFonts(doc: Document = document): void {
  if (typeof FontFace === 'undefined' || !doc.fonts) return;
  const baseUrl = new URL('fonts/', doc.baseURI).href;
  for (const face of uiFontFaces(baseUrl)) {
    doc.fonts.add(
      new FontFace(face.family, face.source, {
        weight: face.weight,
        display: 'swap',
        ...(face.unicodeRange ? { unicodeRange: face.unicodeRange } : {}),
      }),
    );
  }
}
