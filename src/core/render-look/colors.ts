/** Colour helpers for picking readable text over a filled shape. Colours are #rrggbb. */

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

const HEX = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;

/** Parses #rrggbb or #rgb; anything else is an error naming the palette field it came from. */
export function parseHexColor(value: string, field: string): Rgb {
  const match = HEX.exec(value.trim());
  if (!match) throw new Error(`channel style ${field}: "${value}" is not a #rrggbb colour`);
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join('') : match[1]!;
  return {
    r: parseInt(hex.slice(0, 2), 16),
    g: parseInt(hex.slice(2, 4), 16),
    b: parseInt(hex.slice(4, 6), 16),
  };
}

/** WCAG relative luminance, 0 (black) – 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The preferred text colour if it reads well on `fill` (contrast ≥ 3, the WCAG level for large
 * text), otherwise whichever of near-black and white reads better.
 */
export function readableTextOn(fill: string, preferred: string): string {
  const fillRgb = parseHexColor(fill, 'fill');
  if (contrastRatio(parseHexColor(preferred, 'text'), fillRgb) >= 3) return preferred;
  const dark = '#111111';
  const light = '#ffffff';
  return contrastRatio(parseHexColor(dark, 'dark'), fillRgb) >=
    contrastRatio(parseHexColor(light, 'light'), fillRgb)
    ? dark
    : light;
}

/** #rrggbb with an alpha, as canvas wants it. */
export function withAlpha(hex: string, alpha: number): string {
  const { r, g, b } = parseHexColor(hex, 'colour');
  return `rgba(${r}, ${g}, ${b}, ${Math.min(1, Math.max(0, alpha))})`;
}
