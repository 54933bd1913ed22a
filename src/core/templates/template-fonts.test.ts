import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from './builtin-templates.js';
import { availableFontFamilies, unknownFontFamilies } from './template-fonts.js';
import type { ReelforgeTemplate } from './template-schema.js';

const fire = BUILTIN_TEMPLATES.find((t) => t.id === 'fire')!;
const withFonts = (fonts: ReelforgeTemplate['fonts']): ReelforgeTemplate => ({ ...fire, fonts });

describe('unknownFontFamilies', () => {
  it('accepts the shipped families, ignoring case', () => {
    expect(unknownFontFamilies(withFonts({ heading: 'noto sans', body: 'Noto Sans CJK SC' }))).toEqual([]);
  });

  it("accepts a family the template's own font files give", () => {
    const files = [{ family: 'Brand Serif', file: 'brand.ttf' }];
    expect(unknownFontFamilies(withFonts({ heading: 'Brand Serif', body: 'Noto Sans', files }))).toEqual([]);
  });

  it('names each field with an unknown family and lists the families available', () => {
    const files = [{ family: 'Brand Serif', file: 'brand.ttf' }];
    const problems = unknownFontFamilies(withFonts({ heading: 'Comic Nope', body: 'Arial', files }));
    expect(problems.map((p) => p.field)).toEqual(['fonts.heading', 'fonts.body']);
    expect(problems[0]!.message).toBe(
      'font family "Comic Nope" is neither shipped nor in fonts.files; use one of "Noto Sans", ' +
        '"Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans CJK SC", "Noto Color Emoji", "Brand Serif", ' +
        'or add its .ttf/.otf file to fonts.files under that family',
    );
  });

  it('lists the shipped families first, each once', () => {
    expect(availableFontFamilies(fire)).toEqual([
      'Noto Sans',
      'Noto Sans Arabic',
      'Noto Sans Hebrew',
      'Noto Sans CJK SC',
      'Noto Color Emoji',
    ]);
  });
});
