/**
 * The fonts in resources/fonts as CSS font faces. Noto Sans ships in five weights (400–800, for
 * the templates' role weights); the videos use the other families in bold only, which CSS picks
 * for any weight (their regular files in resources/fonts are the UI's own: ui-fonts.ts).
 * Unicode ranges let the page load only what a video's text needs: the 17 MB CJK face is never
 * fetched for a Latin script. Pure: no DOM, no Node.
 */

export interface FontFaceSpec {
  /** The name the face is registered under on the page: never a name the UI's own CSS uses. */
  readonly family: string;
  /** The font's own family name ("Noto Sans"), as channels name it. */
  readonly shippedFamily: string;
  /** File name inside resources/fonts (and the bundle's public/fonts). */
  readonly file: string;
  /** CSS font-weight the face is registered with (its own weight). */
  readonly weight: number;
  /** CSS unicode-range; undefined covers everything. */
  readonly unicodeRange?: string;
  /** The same ranges as [first, last] code points, to decide what a text needs. */
  readonly ranges?: readonly (readonly [number, number])[];
}

const ARABIC: readonly (readonly [number, number])[] = [
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];
const HEBREW: readonly (readonly [number, number])[] = [
  [0x0590, 0x05ff],
  [0xfb1d, 0xfb4f],
];
const CJK: readonly (readonly [number, number])[] = [
  [0x1100, 0x11ff],
  [0x2e80, 0x2fdf],
  [0x3000, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa960, 0xa97f],
  [0xac00, 0xd7af],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
  [0x20000, 0x2fa1f],
];
// Pictographs only: digits, '#' and '*' also have emoji glyphs but must stay in the text face.
const EMOJI: readonly (readonly [number, number])[] = [
  [0x00a9, 0x00a9],
  [0x00ae, 0x00ae],
  [0x200d, 0x200d],
  [0x203c, 0x203c],
  [0x2049, 0x2049],
  [0x20e3, 0x20e3],
  [0x2122, 0x2122],
  [0x2139, 0x2139],
  [0x2194, 0x21aa],
  [0x231a, 0x23ff],
  [0x24c2, 0x24c2],
  [0x25aa, 0x27bf],
  [0x2934, 0x2935],
  [0x2b05, 0x2b55],
  [0x3030, 0x3030],
  [0x303d, 0x303d],
  [0x3297, 0x3299],
  [0xfe0f, 0xfe0f],
  [0x1f000, 0x1faff],
  [0xe0020, 0xe007f],
];

function cssRange(ranges: readonly (readonly [number, number])[]): string {
  const hex = (n: number): string => n.toString(16).toUpperCase();
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

/**
 * Prefix of the families the faces are registered under. The preview runs in the app's page, where
 * a bold-only face registered as "Noto Sans" replaced the UI's own "Noto Sans" at every weight:
 * after the first preview the whole UI turned bold. Under their own names they cannot leak.
 */
export const PREVIEW_FAMILY_PREFIX = 'Reelforge Video ';

function face(
  name: string,
  file: string,
  ranges?: readonly (readonly [number, number])[],
  weight = 700,
): FontFaceSpec {
  const named = { family: PREVIEW_FAMILY_PREFIX + name, shippedFamily: name, file, weight };
  return ranges ? { ...named, ranges, unicodeRange: cssRange(ranges) } : named;
}

export const FONT_FACES: readonly FontFaceSpec[] = [
  face('Noto Sans', 'NotoSans-Bold.ttf'),
  face('Noto Sans', 'NotoSans-Regular.ttf', undefined, 400),
  face('Noto Sans', 'NotoSans-Medium.ttf', undefined, 500),
  face('Noto Sans', 'NotoSans-SemiBold.ttf', undefined, 600),
  face('Noto Sans', 'NotoSans-ExtraBold.ttf', undefined, 800),
  face('Noto Sans Arabic', 'NotoSansArabic-Bold.ttf', ARABIC),
  face('Noto Sans Hebrew', 'NotoSansHebrew-Bold.ttf', HEBREW),
  face('Noto Sans CJK SC', 'NotoSansCJKsc-Bold.otf', CJK),
  face('Noto Color Emoji', 'NotoColorEmoji.ttf', EMOJI),
];

/** Every font file the composition may ask for; the bundle and the preview must serve these. */
export const FONT_FILES: readonly string[] = FONT_FACES.map((f) => f.file);

/**
 * CSS font-family for a channel font: the channel's family first, then every shipped face so any
 * script (accents, CJK, emoji, Arabic, Hebrew) falls back character by character.
 */
export function fontStackFor(family: string): string {
  // A channel naming a shipped font ("Noto Sans", the default) gets the shipped face.
  const channelFamily = FONT_FACES.find((f) => f.shippedFamily === family.trim())?.family ?? family;
  const families = [channelFamily, ...new Set(FONT_FACES.map((f) => f.family))];
  const unique = [...new Set(families.map((f) => f.trim()).filter((f) => f.length > 0))];
  return [...unique.map((f) => `"${f.replace(/["\\]/g, '')}"`), 'sans-serif'].join(', ');
}

/**
 * The faces a text needs: the base face in bold and in each of `weights` (the template's role
 * weights), the other families when a character falls in their range.
 */
export function fontFacesNeededFor(text: string, weights: readonly number[] = []): FontFaceSpec[] {
  const wanted = new Set([700, ...weights]);
  const codePoints = new Set<number>();
  for (const char of text) codePoints.add(char.codePointAt(0)!);
  return FONT_FACES.filter((f) =>
    f.ranges === undefined
      ? wanted.has(f.weight)
      : [...codePoints].some((cp) => f.ranges!.some(([first, last]) => cp >= first && cp <= last)),
  );
}

/** URL of a font file under a base folder URL. */
export function fontUrl(baseUrl: string, file: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(file)}`;
}
