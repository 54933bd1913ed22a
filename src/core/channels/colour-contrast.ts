/** WCAG 2 contrast maths, used to keep channel text readable on its background gradient. */

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value);
}

function channelLuminance(byte: number): number {
  const c = byte / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  if (!isHexColour(hex)) throw new RangeError(`expected a colour as #rrggbb, got "${hex}"`);
  const [r, g, b] = [1, 3, 5].map((i) => channelLuminance(Number.parseInt(hex.slice(i, i + 2), 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Contrast ratio between two colours, 1 to 21; WCAG asks ≥ 4.5 for body text. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The worst contrast of `text` against any stop of the background gradient. */
export function minimumContrast(text: string, background: readonly string[]): number {
  return Math.min(...background.map((stop) => contrastRatio(text, stop)));
}

export const DARK_TEXT = '#111111';
export const LIGHT_TEXT = '#ffffff';

/** Dark or light text, whichever reads better on every stop of `background`. */
export function readableTextColour(background: readonly string[]): string {
  return minimumContrast(DARK_TEXT, background) >= minimumContrast(LIGHT_TEXT, background)
    ? DARK_TEXT
    : LIGHT_TEXT;
}
