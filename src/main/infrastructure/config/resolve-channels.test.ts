import { describe, expect, it } from 'vitest';
import { ConfigError } from '#core/errors.js';
import { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import { minimumContrast } from '#core/channels/colour-contrast.js';
import { validateConfig } from './read-config-file.js';
import { resolveChannels } from './resolve-channels.js';
import { errorThrownBy } from '#core/testing/error-thrown-by.js';

const FILE = '/data/config.json';

function channelsFrom(channels: Record<string, unknown>) {
  return resolveChannels(validateConfig({ channels }, FILE).channels, FILE);
}

function errorFrom(channels: Record<string, unknown>): ConfigError {
  return errorThrownBy(ConfigError, () => channelsFrom(channels));
}

describe('resolveChannels', () => {
  it('is the built-in channels when config has none', () => {
    expect(resolveChannels(undefined, FILE)).toEqual(BUILTIN_CHANNELS);
  });

  it('overrides parts of a built-in channel', () => {
    const { fire, air } = channelsFrom({
      fire: { words_per_minute: 190, palette: { accent: '#00FF00' }, rules: { max_total_seconds: 90 } },
    });
    expect(fire!.style.wordsPerMinute).toBe(190);
    expect(fire!.style.palette.accent).toBe('#00ff00');
    expect(fire!.style.palette.text).toBe(BUILTIN_CHANNELS.fire.style.palette.text);
    expect(fire!.rules.maxTotalSeconds).toBe(90);
    expect(fire!.rules.maxPoints).toBe(7);
    expect(air).toEqual(BUILTIN_CHANNELS.air);
  });

  it('maps every snake_case field to the channel definition', () => {
    const { earth } = channelsFrom({
      earth: {
        name: 'Soil',
        theme: 'roots',
        palette: {
          background: ['#000000', '#111111'],
          primary: '#aaaaaa',
          text: '#ffffff',
          text_shadow: '#222222',
        },
        fonts: { heading: 'Noto Serif', body: 'Noto Sans Mono' },
        animation: 'burst',
        transition: 'cut',
        transition_seconds: 0,
        rules: {
          max_total_seconds: 30,
          max_hook_chars: 10,
          max_point_chars: 20,
          max_call_to_action_chars: 30,
          min_points: 2,
          max_points: 3,
          min_scene_seconds: 1,
          max_scene_seconds: 5,
        },
      },
    });
    expect(earth).toEqual({
      id: 'earth',
      name: 'Soil',
      theme: 'roots',
      style: {
        palette: {
          background: ['#000000', '#111111'],
          primary: '#aaaaaa',
          accent: BUILTIN_CHANNELS.earth.style.palette.accent,
          text: '#ffffff',
          textShadow: '#222222',
        },
        fonts: { heading: 'Noto Serif', body: 'Noto Sans Mono' },
        animation: 'burst',
        wordsPerMinute: BUILTIN_CHANNELS.earth.style.wordsPerMinute,
        transition: 'cut',
        transitionSeconds: 0,
      },
      rules: {
        maxTotalSeconds: 30,
        maxHookChars: 10,
        maxPointChars: 20,
        maxCallToActionChars: 30,
        minPoints: 2,
        maxPoints: 3,
        minSceneSeconds: 1,
        maxSceneSeconds: 5,
      },
    });
  });

  it('adds a custom channel from its background alone', () => {
    const channels = channelsFrom({
      'deep-focus': { palette: { background: ['#fef9c3', '#fde68a'] }, theme: 'focus' },
    });
    const custom = channels['deep-focus']!;
    expect(custom.name).toBe('Deep Focus');
    expect(custom.theme).toBe('focus');
    expect(custom.rules).toEqual(BUILTIN_CHANNELS.air.rules);
    expect(
      minimumContrast(custom.style.palette.text, custom.style.palette.background),
    ).toBeGreaterThanOrEqual(4.5);
    expect(Object.keys(channels)).toEqual(['air', 'water', 'earth', 'fire', 'deep-focus']);
  });

  it('requires a background for a new channel', () => {
    const error = errorFrom({ wind: { words_per_minute: 150 } });
    expect(error.key).toBe('channels.wind.palette.background');
    expect(error.message).toContain('not a built-in channel');
    expect(error.message).toContain(FILE);
  });

  it('keeps the default template a channel names, built-in or config-only', () => {
    const { fire, air, brand } = channelsFrom({
      fire: { template: 'water' },
      brand: { template: 'my-blue' },
    });
    expect(fire!.defaultTemplate).toBe('water');
    expect(fire!.style).toEqual(BUILTIN_CHANNELS.fire.style);
    expect(air!.defaultTemplate).toBeUndefined();
    // A template gives the look, so a config-only channel needs no background of its own.
    expect(brand).toMatchObject({ id: 'brand', name: 'Brand', defaultTemplate: 'my-blue' });
  });

  it('refuses a template id that cannot be one, naming the setting', () => {
    const error = errorFrom({ fire: { template: 'My Blue' } });
    expect(error.key).toBe('channels.fire.template');
    expect(error.message).toContain('expected a template id');
  });

  it('rejects channel ids that are not lower-case', () => {
    expect(errorFrom({ Wind: { palette: { background: '#000000' } } }).key).toBe('channels.Wind');
  });

  it('rejects a minimum above a maximum after merging, blaming the setting the file gave', () => {
    expect(errorFrom({ fire: { rules: { min_points: 3, max_points: 2 } } }).key).toBe(
      'channels.fire.rules.max_points',
    );
    expect(errorFrom({ fire: { rules: { min_points: 9 } } }).key).toBe('channels.fire.rules.min_points');
    expect(errorFrom({ fire: { rules: { max_scene_seconds: 1 } } }).key).toBe(
      'channels.fire.rules.max_scene_seconds',
    );
    const error = errorFrom({ fire: { rules: { min_scene_seconds: 20 } } });
    expect(error.key).toBe('channels.fire.rules.min_scene_seconds');
    expect(error.message).toContain('min_scene_seconds (20) is above max_scene_seconds (12)');
  });
});
