import { describe, expect, it } from 'vitest';
import { BUILTIN_CHANNEL_IDS, BUILTIN_CHANNELS, DEFAULT_CONTENT_RULES } from './builtin-channels.js';
import { contrastRatio, isHexColour, minimumContrast } from './colour-contrast.js';

const channels = Object.values(BUILTIN_CHANNELS);

describe('built-in channels', () => {
  it('are air, water, earth and fire, each keyed by its own id', () => {
    expect(Object.keys(BUILTIN_CHANNELS)).toEqual([...BUILTIN_CHANNEL_IDS]);
    for (const [key, channel] of Object.entries(BUILTIN_CHANNELS)) expect(channel.id).toBe(key);
  });

  it.each(channels)('$id keeps text readable on every background stop (contrast ≥ 4.5)', (channel) => {
    const { background, text } = channel.style.palette;
    expect(background.length).toBeGreaterThanOrEqual(2);
    expect(minimumContrast(text, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(channels)('$id writes every colour as #rrggbb', (channel) => {
    const { background, ...rest } = channel.style.palette;
    for (const colour of [...background, ...Object.values(rest)]) expect(isHexColour(colour)).toBe(true);
  });

  it.each(channels)('$id sets its text shadow apart from its text', (channel) => {
    const { text, textShadow } = channel.style.palette;
    expect(contrastRatio(text, textShadow)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(channels)('$id uses the Noto fonts the FFmpeg renderer ships', (channel) => {
    expect(channel.style.fonts).toEqual({ heading: 'Noto Sans', body: 'Noto Sans' });
  });

  it.each(channels)('$id has a transition between 0.4 and 0.6 s and the default rules', (channel) => {
    expect(channel.style.transitionSeconds).toBeGreaterThanOrEqual(0.4);
    expect(channel.style.transitionSeconds).toBeLessThanOrEqual(0.6);
    expect(channel.rules).toEqual(DEFAULT_CONTENT_RULES);
  });

  it('paces water calmest and fire fastest', () => {
    const { air, water, earth, fire } = BUILTIN_CHANNELS;
    expect([water, earth, air, fire].map((c) => c.style.wordsPerMinute)).toEqual([140, 145, 150, 170]);
  });

  it('gives each element its own animation and theme', () => {
    expect(channels.map((c) => [c.style.animation, c.theme])).toEqual([
      ['float', 'mental clarity'],
      ['ripple', 'emotional wellness'],
      ['rise', 'grounding'],
      ['burst', 'motivation'],
    ]);
  });
});
