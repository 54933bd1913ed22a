/**
 * Text width estimated from character classes, for layouts that cannot measure glyphs: the
 * Remotion composition and the built-in preview size their text with it, so both wrap alike.
 * The FFmpeg renderer measures real glyphs with canvas instead. Pure.
 */

/** Approximate advance of a character in em for a bold sans face. */
export function charWidthEm(char: string): number {
  const cp = char.codePointAt(0)!;
  if (cp === 0x20) return 0.26;
  if (cp >= 0x1100 && (isWide(cp) || cp >= 0x1f000)) return 1.0;
  if (/[A-Z]/.test(char)) return 0.7;
  if (/[mwMW@]/.test(char)) return 0.9;
  if (/[il.,:;'!|]/.test(char)) return 0.3;
  return 0.6;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0x2600 && cp <= 0x27bf)
  );
}

export function textWidthEm(text: string): number {
  let sum = 0;
  for (const char of text) sum += charWidthEm(char);
  return sum;
}
