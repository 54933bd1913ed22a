import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FACES } from '../../src/remotion/fonts.js';

// Issue #18: after the first preview the whole UI turned bold. The preview registers the shipped
// faces (bold only) in the app's own page; registered as "Noto Sans", the face the UI's font stack
// names, it replaced the UI's font at every weight. The faces must use names the UI never does.

const styles = readFileSync(join(import.meta.dirname, '../../src/renderer/src/styles.css'), 'utf8');

/** Every family the UI's stylesheet names (font stacks in custom properties and declarations). */
function uiFamilies(): Set<string> {
  const families = new Set<string>();
  for (const [, stack] of styles.matchAll(/(?:font-family|--font|--mono)\s*:\s*([^;]+);/g)) {
    for (const name of stack!.split(',')) families.add(name.trim().replace(/^['"]|['"]$/g, ''));
  }
  return families;
}

describe('the fonts the preview registers', () => {
  it('never take a family name the UI uses', () => {
    const ui = uiFamilies();
    expect(ui.has('Reelforge UI Noto Sans')).toBe(true);
    for (const face of FONT_FACES) expect(ui.has(face.family), face.family).toBe(false);
  });

  it("leave the UI its own shipped family, first in the UI's font stack", () => {
    // ui-fonts.ts registers the shipped Noto Sans under it (DOM types: not imported here).
    const stack = /--font:\s*([^;]+);/.exec(styles)?.[1] ?? '';
    expect(stack.split(',')[0]?.trim()).toBe("'Reelforge UI Noto Sans'");
  });
});
