import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, fontFacesNeededFor, fontStackFor, fontUrl } from './fonts.js';

const families = (text: string): string[] => fontFacesNeededFor(text).map((f) => f.shippedFamily);

describe('fontFacesNeededFor', () => {
  it('loads only the base face for Latin text, digits included', () => {
    expect(families('Café #1: 100% calm')).toEqual(['Noto Sans']);
  });

  it('adds the base face in each weight a template asks for, bold always', () => {
    const faces = fontFacesNeededFor('Calm', [400, 800]);
    expect(faces.map((f) => [f.shippedFamily, f.weight])).toEqual([
      ['Noto Sans', 700],
      ['Noto Sans', 400],
      ['Noto Sans', 800],
    ]);
  });

  it('adds the faces of CJK, emoji, Arabic and Hebrew characters', () => {
    expect(families('你好')).toEqual(['Noto Sans', 'Noto Sans CJK SC']);
    expect(families('go 🔥')).toEqual(['Noto Sans', 'Noto Color Emoji']);
    expect(families('مرحبا שלום')).toEqual(['Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew']);
  });
});

describe('fontStackFor', () => {
  it('puts the channel family first and falls back through every shipped face', () => {
    // Under the names the page registers them by, never the fonts' own (the UI uses "Noto Sans").
    expect(fontStackFor('Noto Sans')).toBe(
      '"Reelforge Video Noto Sans", "Reelforge Video Noto Sans Arabic", "Reelforge Video Noto Sans Hebrew", "Reelforge Video Noto Sans CJK SC", "Reelforge Video Noto Color Emoji", sans-serif',
    );
    expect(fontStackFor('My "Brand"').startsWith('"My Brand", "Reelforge Video Noto Sans"')).toBe(true);
  });
});

describe('FONT_FILES', () => {
  it('are all in resources/fonts', () => {
    for (const file of FONT_FILES)
      expect(existsSync(join(import.meta.dirname, '../../resources/fonts', file))).toBe(true);
  });

  it('build URLs under a base folder', () => {
    expect(fontUrl('/static/fonts/', 'NotoSans-Bold.ttf')).toBe('/static/fonts/NotoSans-Bold.ttf');
  });
});
