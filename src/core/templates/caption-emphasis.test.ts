import { describe, expect, it } from 'vitest';
import { captionHighlightColour } from '../narration/caption-style.js';
import { emphasisOfScene, spokenWordLook } from './caption-emphasis.js';

describe('spokenWordLook', () => {
  it('colours the word for highlight (the readable highlight) and accent-colour (the accent itself)', () => {
    // A dark accent does not read on the dark caption box: highlight falls back, accent-colour not.
    expect(spokenWordLook('highlight', '#1e3a8a')).toEqual({
      colour: captionHighlightColour('#1e3a8a'),
      underline: false,
    });
    expect(captionHighlightColour('#1e3a8a')).not.toBe('#1e3a8a');
    expect(spokenWordLook('accent-colour', '#1e3a8a')).toEqual({ colour: '#1e3a8a', underline: false });
  });

  it('underlines without colouring, or leaves the word plain', () => {
    expect(spokenWordLook('underline', '#ffcc00')).toEqual({ underline: true });
    expect(spokenWordLook('none', '#ffcc00')).toEqual({ underline: false });
  });
});

describe('emphasisOfScene', () => {
  const scenes = [
    { index: 0, role: 'hook' as const },
    { index: 1, role: 'point' as const },
  ];
  const role = { position: 'center' as const, sizeMax: 1, sizeMin: 1 };

  it("takes the emphasis of the scene's role, highlight without a template or a scene", () => {
    const layout = { hook: { ...role, emphasis: 'none' as const }, point: role, cta: role };
    expect(emphasisOfScene({ layout }, scenes, 0)).toBe('none');
    expect(emphasisOfScene({ layout }, scenes, 1)).toBe('highlight');
    expect(emphasisOfScene({}, scenes, 0)).toBe('highlight');
    expect(emphasisOfScene({ layout }, scenes, 7)).toBe('highlight');
  });
});
