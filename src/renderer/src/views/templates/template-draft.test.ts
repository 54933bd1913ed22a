import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '#core/templates/builtin-templates.js';
import { templateSchema } from '#core/templates/template-schema.js';
import {
  draftProblem,
  fontFamiliesOf,
  withBackgroundKind,
  withFontFile,
  withoutFontFile,
  withRole,
  withSize,
} from './template-draft.js';

const fire = { ...BUILTIN_TEMPLATES.find((t) => t.id === 'fire')!, id: 'mine' };

describe('the template draft', () => {
  it('keeps the size range ordered whichever end moves, within the schema’s bounds', () => {
    const small = withSize(fire, 'hook', 'max', 0.7);
    expect(small.roles.hook.size).toEqual({ min: Math.min(fire.roles.hook.size.min, 0.7), max: 0.7 });
    const big = withSize(fire, 'point', 'min', 2.5);
    expect(big.roles.point.size).toEqual({ min: 2.5, max: 2.5 });
    expect(withSize(fire, 'cta', 'max', 9).roles.cta.size.max).toBe(3);
    expect(withSize(fire, 'cta', 'max', Number.NaN)).toBe(fire);
  });

  it('drops file, blur and dim for gradient and solid, and names a missing picture', () => {
    const picture = withBackgroundKind(fire, 'image');
    expect(draftProblem(picture)).toMatch(/Choose the picture/);
    const withFile = {
      ...picture,
      background: { kind: 'image' as const, file: 'mine.files/sky.png', blur: 6, dim: 0.3 },
    };
    expect(draftProblem(withFile)).toBeUndefined();
    expect(withBackgroundKind(withFile, 'video').background).toEqual({
      kind: 'video',
      file: 'mine.files/sky.png',
      blur: 6,
      dim: 0.3,
    });
    expect(withBackgroundKind(withFile, 'solid').background).toEqual({ kind: 'solid' });
    expect(draftProblem(withBackgroundKind(fire, 'video'))).toMatch(/Choose the video/);
  });

  it('offers the template’s own font families after the shipped ones, and falls back when one is removed', () => {
    const withFace = withFontFile(
      { ...fire, fonts: { ...fire.fonts, heading: 'Poster' } },
      'Poster',
      'mine.files/p.otf',
    );
    expect(fontFamiliesOf(withFace).at(-1)).toBe('Poster');
    expect(fontFamiliesOf(withFace)).toContain('Noto Sans');
    expect(fontFamiliesOf({ ...fire, fonts: { heading: 'Brand Serif', body: 'Noto Sans' } })).toContain(
      'Brand Serif',
    );
    const without = withoutFontFile(withFace, 'Poster');
    expect(without.fonts.files).toBeUndefined();
    expect(without.fonts.heading).toBe(fontFamiliesOf(fire)[0]);
  });

  it('every edit of every built-in stays a template main accepts', () => {
    for (const builtIn of BUILTIN_TEMPLATES) {
      let draft = { ...builtIn, id: 'edited' };
      draft = withRole(draft, 'hook', {
        weight: 800,
        align: 'left',
        entrance: 'burst',
        emphasis: 'underline',
      });
      draft = withSize(draft, 'point', 'min', 1.4);
      draft = withBackgroundKind(draft, 'solid');
      draft = withFontFile(draft, 'Poster', 'edited.files/p.ttf');
      const result = templateSchema.safeParse(draft);
      expect(result.success, `${builtIn.id}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });
});
