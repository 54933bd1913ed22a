// The CSS font shorthand the FFmpeg renderer draws text with, shared with the preview so both ask
// canvas for the same faces in the same order.

/** The fonts shipped in resources/fonts and the family each is registered under. */
export const BUNDLED_FONTS: readonly { readonly file: string; readonly family: string }[] = [
  { file: 'NotoSans-Bold.ttf', family: 'Noto Sans' },
  { file: 'NotoSansArabic-Bold.ttf', family: 'Noto Sans Arabic' },
  { file: 'NotoSansHebrew-Bold.ttf', family: 'Noto Sans Hebrew' },
  { file: 'NotoSansCJKsc-Bold.otf', family: 'Noto Sans CJK SC' },
  { file: 'NotoColorEmoji.ttf', family: 'Noto Color Emoji' },
];

/** Fallback order after the channel's own font: Latin, RTL scripts, CJK, then emoji. */
export const FALLBACK_FAMILIES = BUNDLED_FONTS.map((f) => f.family);

/**
 * A CSS font shorthand with the channel's family first and every bundled family after it, so
 * each character falls back to a font that has it. Family names come from config: quotes and
 * backslashes are dropped so they cannot break the shorthand. Bold is asked for explicitly:
 * the bundled faces are bold, and a system font of the same family must not win with its regular.
 */
export function fontShorthand(sizePx: number, preferred: string): string {
  const clean = preferred.replace(/["\\;]/g, '').trim();
  const families = [clean, ...FALLBACK_FAMILIES].filter((f, i, all) => f && all.indexOf(f) === i);
  return `bold ${Math.round(sizePx)}px ${families.map((f) => `"${f}"`).join(', ')}`;
}
