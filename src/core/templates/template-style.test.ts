import { describe, expect, it } from 'vitest';
import { BUILTIN_CHANNELS } from '../channels/builtin-channels.js';
import { BUILTIN_TEMPLATES, templateFromChannel } from './builtin-templates.js';
import { emphasisOfScene } from './caption-emphasis.js';
import { applyTemplate } from './template-style.js';
import * as textPosition from './text-position.js';

describe('built-in templates', () => {
  it('exist once per built-in channel, named by its id', () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.id)).toEqual(['air', 'water', 'earth', 'fire']);
  });

  it.each(Object.values(BUILTIN_CHANNELS))('leave the look of channel $id unchanged', (channel) => {
    const { style } = applyTemplate(channel, templateFromChannel(channel));
    const { templateId, layout, captionStyle, ...rest } = style;
    expect(rest).toEqual(channel.style);
    expect(templateId).toBe(channel.id);
    // The spoken word lit, as before templates.
    expect(captionStyle).toBe('word-highlight');
    for (const role of ['hook', 'point', 'cta'] as const) {
      // Bold and centred: how every role's text was drawn before templates.
      expect(layout?.[role]).toEqual({
        position: 'center',
        sizeMax: 1,
        sizeMin: 1,
        weight: 700,
        align: 'center',
        emphasis: 'highlight',
        entrance: channel.style.animation,
      });
    }
  });
});

describe('applyTemplate', () => {
  const channel = BUILTIN_CHANNELS.fire;
  const base = templateFromChannel(channel);

  it('draws a solid background as one colour however many stops the palette lists', () => {
    const style = applyTemplate(channel, { ...base, background: { kind: 'solid' } }).style;
    expect(style.palette.background).toEqual(['#7f1d1d', '#7f1d1d']);
  });

  it('takes palette, fonts, transition and per-role layout from the template, pace from the channel', () => {
    const template = {
      ...base,
      palette: { background: ['#102030', '#405060'], text: '#fafafa', accent: '#00ff00' },
      fonts: { heading: 'Noto Serif', body: 'Noto Serif' },
      transition: { kind: 'cut' as const, seconds: 0 },
      roles: {
        ...base.roles,
        hook: {
          ...base.roles.hook,
          position: 'top' as const,
          size: { min: 0.8, max: 1.2 },
          weight: 400 as const,
          align: 'left' as const,
        },
      },
    };
    const { style } = applyTemplate(channel, template);
    expect(style.palette).toEqual({
      background: ['#102030', '#405060'],
      text: '#fafafa',
      accent: '#00ff00',
      // Not given: the highlight is the accent, the shadow whichever of black/white contrasts more.
      primary: '#00ff00',
      textShadow: '#000000',
    });
    expect(style.fonts.heading).toBe('Noto Serif');
    expect([style.transition, style.transitionSeconds]).toEqual(['cut', 0]);
    expect(style.layout?.hook).toEqual({
      position: 'top',
      sizeMax: 1.2,
      sizeMin: 0.8,
      weight: 400,
      align: 'left',
      emphasis: 'highlight',
      entrance: base.roles.hook.entrance,
    });
    expect(style.wordsPerMinute).toBe(channel.style.wordsPerMinute);
  });
});

describe('text weight and alignment', () => {
  it('default to bold and centred for timelines laid out without them', () => {
    expect(textPosition.textWeightFor(undefined)).toBe(700);
    expect(textPosition.textAlignFor({ position: 'top', sizeMax: 1, sizeMin: 1 })).toBe('center');
    expect(textPosition.textWeightsUsed(undefined)).toEqual([700]);
  });

  it('list each weight a video draws once, bold always among them', () => {
    const role = (weight: 400 | 600 | 700) => ({
      position: 'center' as const,
      sizeMax: 1,
      sizeMin: 1,
      weight,
    });
    expect(textPosition.textWeightsUsed({ hook: role(400), point: role(600), cta: role(400) })).toEqual([
      700, 400, 600,
    ]);
  });

  it('align blocks in CSS as the layout does', () => {
    expect((['left', 'center', 'right'] as const).map(textPosition.flexJustifyFor)).toEqual([
      'flex-start',
      'center',
      'flex-end',
    ]);
  });
});

describe('text position', () => {
  it('keeps the role default for center and asks for the safe area edges for top and bottom', () => {
    expect(textPosition.centerFractionFor('center', 0.42)).toBe(0.42);
    expect(textPosition.centerFractionFor(undefined, 0.55)).toBe(0.55);
    expect(textPosition.centerFractionFor('top', 0.42)).toBe(0);
    expect(textPosition.centerFractionFor('bottom', 0.42)).toBe(1);
    expect(['top', 'center', 'bottom'].map((p) => textPosition.flexAlignFor(p as 'top'))).toEqual([
      'flex-start',
      'center',
      'flex-end',
    ]);
  });
});

describe('per-role entrances and the caption style', () => {
  const channel = BUILTIN_CHANNELS.water;
  const base = templateFromChannel(channel);
  const template = {
    ...base,
    roles: {
      hook: { ...base.roles.hook, entrance: 'burst' as const },
      point: { ...base.roles.point, entrance: 'rise' as const },
      cta: { ...base.roles.cta, entrance: 'float' as const },
    },
    captions: { style: 'plain' as const },
  };

  it("gives each role's scenes the role's own entrance; channels keep their one animation", () => {
    const { style } = applyTemplate(channel, template);
    expect((['hook', 'point', 'cta'] as const).map((role) => textPosition.entranceFor(style, role))).toEqual([
      'burst',
      'rise',
      'float',
    ]);
    expect(textPosition.entranceFor(channel.style, 'point')).toBe(channel.style.animation);
  });

  it('lights no spoken word with the plain caption style, whatever the role emphasis says', () => {
    const scenes = [{ index: 0, role: 'hook' as const }];
    const plain = applyTemplate(channel, template).style;
    expect(emphasisOfScene(plain, scenes, 0)).toBe('none');
    const lit = applyTemplate(channel, { ...template, captions: { style: 'word-highlight' as const } }).style;
    expect(emphasisOfScene(lit, scenes, 0)).toBe('highlight');
  });
});
