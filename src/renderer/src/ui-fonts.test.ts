import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_FAMILY_PREFIX } from '#remotion/fonts.js';
import { registerUiFonts, UI_FAMILY } from './ui-fonts.js';

// Issue #18, fonts: the UI used whatever the system had, and the shipped CJK, Arabic and Hebrew
// files (bold only) were registered for every weight, so their text in the UI was always bold;
// later regular text took the system's regular face, still the bold file on a machine without one.

interface Registered {
  readonly family: string;
  readonly source: string;
  readonly weight: string | undefined;
  readonly unicodeRange: string | undefined;
}

/** Registers the UI's faces in a fake page and returns them as the page received them. */
function registered(): Registered[] {
  const faces: Registered[] = [];
  vi.stubGlobal(
    'FontFace',
    class {
      constructor(family: string, source: string, descriptors: FontFaceDescriptors) {
        faces.push({ family, source, weight: descriptors.weight, unicodeRange: descriptors.unicodeRange });
      }
    },
  );
  const doc = { baseURI: 'http://127.0.0.1:5173/index.html', fonts: { add: () => undefined } };
  registerUiFonts(doc as unknown as Document);
  return faces;
}

const ofFamily = (family: string) => registered().filter((f) => f.family === family);

afterEach(() => vi.unstubAllGlobals());

describe('the fonts the UI registers', () => {
  it('draws the UI with the shipped Noto Sans, regular at 400 and bold at 700, under a UI-only name', () => {
    const faces = ofFamily(UI_FAMILY);
    expect(UI_FAMILY).toBe('Reelforge UI Noto Sans');
    const weightOf = (file: string) => faces.find((f) => f.source.includes(file))?.weight;
    expect(weightOf('NotoSans-Regular.ttf')).toBe('400');
    expect(weightOf('NotoSans-Bold.ttf')).toBe('700');
    // The weights between, which the UI's headings and buttons use, are their own files too.
    expect(faces.map((f) => f.weight).sort()).toEqual(['400', '500', '600', '700', '800']);
    expect(faces.every((f) => f.source.startsWith('url("http://127.0.0.1:5173/fonts/'))).toBe(true);
    expect(faces.every((f) => f.unicodeRange === undefined)).toBe(true);
  });

  it('registers the shipped CJK, Arabic and Hebrew files: bold for 700, the regular file for 400', () => {
    const files: Record<string, readonly [string, string]> = {
      'Noto Sans CJK SC': ['NotoSansCJKsc-Regular.otf', 'NotoSansCJKsc-Bold.otf'],
      'Noto Sans Arabic': ['NotoSansArabic-Regular.ttf', 'NotoSansArabic-Bold.ttf'],
      'Noto Sans Hebrew': ['NotoSansHebrew-Regular.ttf', 'NotoSansHebrew-Bold.ttf'],
    };
    for (const [script, [regularFile, boldFile]] of Object.entries(files)) {
      const faces = ofFamily(`Reelforge UI ${script}`);
      const bold = faces.find((f) => f.weight === '700');
      const regular = faces.find((f) => f.weight === '400');
      expect(faces, script).toHaveLength(2);
      expect(bold?.source, script).toBe(`url("http://127.0.0.1:5173/fonts/${boldFile}")`);
      // Only the shipped regular file: no system face, and never the bold file as a fallback.
      expect(regular?.source, script).toBe(`url("http://127.0.0.1:5173/fonts/${regularFile}")`);
      expect(bold?.unicodeRange, script).toBeDefined();
      expect(regular?.unicodeRange, script).toBe(bold?.unicodeRange);
    }
  });

  it('registers colour emoji, one design for every weight, only for emoji', () => {
    const [emoji, ...others] = ofFamily('Reelforge UI Noto Color Emoji');
    expect(others).toEqual([]);
    expect(emoji?.weight).toBe('100 900');
    expect(emoji?.unicodeRange).toContain('U+1F000-1FAFF');
  });

  it('never registers a face under a preview family or a name the system may have', () => {
    for (const face of registered()) {
      expect(face.family.startsWith('Reelforge UI ')).toBe(true);
      expect(face.family.startsWith(PREVIEW_FAMILY_PREFIX)).toBe(false);
    }
  });
});
