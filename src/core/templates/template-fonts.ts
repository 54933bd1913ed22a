import { FALLBACK_FAMILIES } from '../render-look/font-shorthand.js';
import type { ReelforgeTemplate } from './template-schema.js';

/** The template fields that name a font family. */
export const FONT_FAMILY_FIELDS = ['heading', 'body'] as const;

/**
 * The families `fonts.heading` / `fonts.body` may name: the shipped ones (resources/fonts), then the
 * template's own font files'. Anything else would render in a fallback face without a word.
 */
export function availableFontFamilies(template: ReelforgeTemplate): string[] {
  const own = (template.fonts.files ?? []).map((font) => font.family);
  return [...new Set([...FALLBACK_FAMILIES, ...own])];
}

/**
 * One problem per family field naming a family that is neither shipped nor one of the template's
 * `fonts.files`, with the families it may use. Matched ignoring case, as CSS and fontconfig do.
 */
export function unknownFontFamilies(
  template: ReelforgeTemplate,
): { readonly field: `fonts.${(typeof FONT_FAMILY_FIELDS)[number]}`; readonly message: string }[] {
  const available = availableFontFamilies(template);
  const known = new Set(available.map((family) => family.toLowerCase()));
  return FONT_FAMILY_FIELDS.filter((field) => !known.has(template.fonts[field].trim().toLowerCase())).map(
    (field) => ({
      field: `fonts.${field}` as const,
      message:
        `font family "${template.fonts[field]}" is neither shipped nor in fonts.files; ` +
        `use one of ${available.map((family) => `"${family}"`).join(', ')}, ` +
        `or add its .ttf/.otf file to fonts.files under that family`,
    }),
  );
}
