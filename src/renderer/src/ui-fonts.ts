// The UI draws its text with the Noto Sans faces shipped with the app (resources/fonts), each
// registered for the weight it really is, under a family name only the UI uses: the look no longer
// depends on what the machine has, and the preview's faces ("Reelforge Video …") never replace it.
//
// Its own text (script names, hooks in the library and editor) may also be Japanese, Arabic,
// Hebrew or emoji; a machine without such fonts showed boxes. Those shipped files are bold only,
// and registered for every weight they made all CJK text in the UI bold. So each is registered for
// bold; regular text asks the system's own regular font of that script first (local()), and takes
// the shipped bold file only where the machine has none — bold glyphs rather than boxes. Every
// face is limited to its script's characters and fetched only when text needs it.
import { FONT_FACES, fontUrl, type FontFaceSpec } from '#remotion/fonts.js';

export const UI_FALLBACK_PREFIX = 'Reelforge UI ';

/** The UI's own text family (`--font` in styles.css starts with it). */
export const UI_FAMILY = `${UI_FALLBACK_PREFIX}Noto Sans`;

/** One face the UI registers: a FontFace's family, source and descriptors. */
export interface UiFontFace {
  readonly family: string;
  /** CSS `src`: local() fonts first when the system's own regular face is preferred. */
  readonly source: string;
  /** CSS font-weight descriptor: one weight, or a range for a face meant for every weight. */
  readonly weight: string;
  readonly unicodeRange?: string;
}

/** Regular faces of each bold-only script, by full or PostScript name, as systems install them. */
const SYSTEM_REGULAR_FACES: Readonly<Record<string, readonly string[]>> = {
  'Noto Sans CJK SC': [
    'Noto Sans CJK SC',
    'NotoSansCJKsc-Regular',
    'Source Han Sans SC',
    'PingFangSC-Regular',
    'HiraginoSans-W3',
    'Microsoft YaHei',
    'Yu Gothic',
    'Malgun Gothic',
  ],
  'Noto Sans Arabic': ['Noto Sans Arabic Regular', 'NotoSansArabic-Regular', 'GeezaPro', 'Segoe UI'],
  'Noto Sans Hebrew': ['Noto Sans Hebrew Regular', 'NotoSansHebrew-Regular', 'ArialHebrew', 'Segoe UI'],
};

/** The fallback families in the order `--font` lists them, e.g. "Reelforge UI Noto Sans CJK SC". */
export const UI_FALLBACK_FAMILIES: readonly string[] = FONT_FACES.filter((f) => f.unicodeRange).map(
  (f) => UI_FALLBACK_PREFIX + f.shippedFamily,
);

/** Every face the UI registers, with fonts served from `baseUrl` (the page's fonts/ folder). */
export function uiFontFaces(baseUrl: string): UiFontFace[] {
  const url = (spec: FontFaceSpec): string => `url("${fontUrl(baseUrl, spec.file)}")`;
  return FONT_FACES.flatMap((spec): UiFontFace[] => {
    if (!spec.unicodeRange) return [{ family: UI_FAMILY, source: url(spec), weight: String(spec.weight) }];
    const family = UI_FALLBACK_PREFIX + spec.shippedFamily;
    const unicodeRange = spec.unicodeRange;
    const systemRegular = SYSTEM_REGULAR_FACES[spec.shippedFamily];
    // Colour emoji have one design for every weight.
    if (!systemRegular) return [{ family, source: url(spec), weight: '100 900', unicodeRange }];
    const local = systemRegular.map((name) => `local("${name}")`).join(', ');
    return [
      { family, source: url(spec), weight: String(spec.weight), unicodeRange },
      { family, source: `${local}, ${url(spec)}`, weight: '400', unicodeRange },
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
