// The CSS font shorthand the FFmpeg renderer draws text with, shared with the preview so both ask
// canvas for the same faces in the same order.

/** The fonts shipped in resources/fonts and the family each is registered under. */
export const BUNDLED_FONTS: readonly {
  readonly file: string;
  readonly family: string;
  /** The face's weight: Noto Sans in five, the others bold only (their regular files are the UI's). */
  readonly weight: number;
}[] = [
  { file: 'NotoSans-Bold.ttf', family: 'Noto Sans', weight: 700 },
  { file: 'NotoSans-Regular.ttf', family: 'Noto Sans', weight: 400 },
  { file: 'NotoSans-Medium.ttf', family: 'Noto Sans', weight: 500 },
  { file: 'NotoSans-SemiBold.ttf', family: 'Noto Sans', weight: 600 },
  { file: 'NotoSans-ExtraBold.ttf', family: 'Noto Sans', weight: 800 },
  { file: 'NotoSansArabic-Bold.ttf', family: 'Noto Sans Arabic', weight: 700 },
  { file: 'NotoSansHebrew-Bold.ttf', family: 'Noto Sans Hebrew', weight: 700 },
  { file: 'NotoSansCJKsc-Bold.otf', family: 'Noto Sans CJK SC', weight: 700 },
  { file: 'NotoColorEmoji.ttf', family: 'Noto Color Emoji', weight: 400 },
];

/** Fallback order after the channel's own font: Latin, RTL scripts, CJK, then emoji. */
export const FALLBACK_FAMILIES = [...new Set(BUNDLED_FONTS.map((f) => f.family))];

/**
 * A CSS font shorthand with the channel's family first and every bundled family after it, so
 * each character falls back to a font that has it. Family names come from config: quotes and
 * backslashes are dropped so they cannot break the shorthand. The weight is always asked for
 * explicitly (bold unless a template sets another): a system font of the same family must not win
 * with a weight the template did not ask for.
 */
export function fontShorthand(sizePx: number, preferred: string, weight = 700): string {
  const clean = preferred.replace(/["\\;]/g, '').trim();
  const families = [clean, ...FALLBACK_FAMILIES].filter((f, i, all) => f && all.indexOf(f) === i);
  return `${weight === 700 ? 'bold' : weight} ${Math.round(sizePx)}px ${families.map((f) => `"${f}"`).join(', ')}`;
}
