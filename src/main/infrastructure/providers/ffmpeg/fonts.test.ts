import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFontsDir, fontShorthand } from './fonts.js';

describe('fontShorthand', () => {
  it('puts the channel font first, then every fallback once', () => {
    expect(fontShorthand(56.4, 'Noto Sans')).toBe(
      'bold 56px "Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans CJK SC", "Noto Color Emoji"',
    );
    expect(fontShorthand(40, 'My "Font"\\')).toMatch(/^bold 40px "My Font", "Noto Sans"/);
  });

  it("asks for a template role's weight, bold by default", () => {
    expect(fontShorthand(40, 'Noto Sans', 400)).toMatch(/^400 40px "Noto Sans", "Noto Sans Arabic"/);
    expect(fontShorthand(40, 'Noto Sans', 700)).toMatch(/^bold 40px/);
  });
});

describe('findFontsDir', () => {
  it('prefers the configured folder when it holds the fonts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fonts-'));
    try {
      writeFileSync(join(dir, 'NotoSans-Bold.ttf'), '');
      expect(findFontsDir(dir, {})).toBe(dir);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('finds the repository fonts from the module location', () => {
    expect(findFontsDir(undefined, {})).toMatch(/resources[/\\]fonts$/);
  });
});
