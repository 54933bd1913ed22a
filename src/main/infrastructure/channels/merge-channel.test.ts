import { describe, expect, it } from 'vitest';
import { BUILTIN_CHANNELS, NEUTRAL_CHANNEL_BASE } from '#core/channels/builtin-channels.js';
import { minimumContrast } from '#core/channels/colour-contrast.js';
import { customChannelBase, mergeChannel } from './merge-channel.js';

const { fire } = BUILTIN_CHANNELS;

describe('mergeChannel', () => {
  it('returns the base unchanged for an empty override', () => {
    expect(mergeChannel(fire, {})).toEqual(fire);
  });

  it('replaces single palette colours and keeps the rest', () => {
    const merged = mergeChannel(fire, { palette: { accent: '#00ff00' } });
    expect(merged.style.palette).toEqual({ ...fire.style.palette, accent: '#00ff00' });
  });

  it('replaces the whole background gradient', () => {
    const merged = mergeChannel(fire, { palette: { background: ['#000000', '#222222'] } });
    expect(merged.style.palette.background).toEqual(['#000000', '#222222']);
  });

  it('merges rules field by field', () => {
    const merged = mergeChannel(fire, { rules: { maxTotalSeconds: 90 } });
    expect(merged.rules).toEqual({ ...fire.rules, maxTotalSeconds: 90 });
  });

  it('replaces pace, transition, animation, fonts, name and theme', () => {
    const merged = mergeChannel(fire, {
      name: 'Blaze',
      theme: 'discipline',
      wordsPerMinute: 190,
      transition: 'slide-left',
      transitionSeconds: 0.3,
      animation: 'rise',
      fonts: { heading: 'Noto Sans Display' },
    });
    expect(merged.id).toBe('fire');
    expect(merged.name).toBe('Blaze');
    expect(merged.theme).toBe('discipline');
    expect(merged.style).toMatchObject({
      wordsPerMinute: 190,
      transition: 'slide-left',
      transitionSeconds: 0.3,
      animation: 'rise',
      fonts: { heading: 'Noto Sans Display', body: 'Noto Sans' },
    });
  });

  it('ignores fields set to undefined', () => {
    const merged = mergeChannel(fire, { palette: { text: undefined }, rules: { maxPoints: undefined } });
    expect(merged).toEqual(fire);
  });

  it('does not modify the base', () => {
    mergeChannel(fire, { palette: { accent: '#00ff00' }, rules: { maxPoints: 2 } });
    expect(fire.style.palette.accent).toBe('#facc15');
    expect(fire.rules.maxPoints).toBe(7);
  });
});

describe('customChannelBase', () => {
  it('uses the neutral style on the given background, named after the id', () => {
    const base = customChannelBase('deep-focus', ['#101820', '#203040']);
    expect(base.id).toBe('deep-focus');
    expect(base.name).toBe('Deep Focus');
    expect(base.style.palette.background).toEqual(['#101820', '#203040']);
    expect(base.style.wordsPerMinute).toBe(NEUTRAL_CHANNEL_BASE.style.wordsPerMinute);
    expect(base.rules).toEqual(NEUTRAL_CHANNEL_BASE.rules);
  });

  it('picks readable text for a light background', () => {
    const base = customChannelBase('sunrise', ['#fff7ed', '#fed7aa']);
    expect(minimumContrast(base.style.palette.text, base.style.palette.background)).toBeGreaterThanOrEqual(
      4.5,
    );
    expect(base.style.palette.text).toBe('#111111');
  });
});
