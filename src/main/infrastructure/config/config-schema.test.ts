import { describe, expect, it } from 'vitest';
import { ConfigError } from '#core/errors.js';
import { formatConfigKey } from './config-error-from-issues.js';
import { validateConfig } from './read-config-file.js';
import { errorThrownBy } from '#core/testing/error-thrown-by.js';

const FILE = '/data/config.json';

function errorFor(raw: Record<string, unknown>): ConfigError {
  return errorThrownBy(ConfigError, () => validateConfig(raw, FILE));
}

describe('config file schema', () => {
  it('accepts an empty file and every section left out', () => {
    expect(validateConfig({}, FILE)).toEqual({});
  });

  it('accepts a complete file', () => {
    const file = validateConfig(
      {
        $schema: './config.schema.json',
        global: {
          default_provider: 'ffmpeg',
          default_quality: 'high',
          default_aspect_ratio: '1:1',
          max_concurrent_generations: 3,
          output_dir: '~/out',
        },
        providers: {
          ffmpeg: { enabled: false, max_concurrent: 2, timeout_seconds: 120, binary_path: '/usr/bin/ffmpeg' },
        },
        channels: {
          fire: { words_per_minute: 180, palette: { accent: '#ABCDEF' }, rules: { max_total_seconds: 90 } },
        },
        selection_weights: { preference: 5 },
      },
      FILE,
    );
    expect(file.channels?.fire?.palette?.accent).toBe('#abcdef');
    expect(file.global?.max_concurrent_generations).toBe(3);
  });

  it.each([
    [{ global: { max_concurrent_generations: 0 } }, 'global.max_concurrent_generations', /whole number ≥ 1/],
    [
      { global: { max_concurrent_generations: 1.5 } },
      'global.max_concurrent_generations',
      /whole number ≥ 1/,
    ],
    [
      { global: { default_quality: 'best' } },
      'global.default_quality',
      /"draft", "standard", "high", "ultra"/,
    ],
    [{ global: { default_aspect_ratio: '4:3' } }, 'global.default_aspect_ratio', /"9:16", "1:1", "16:9"/],
    [{ global: { default_provider: '' } }, 'global.default_provider', /"auto" or a provider id/],
    [
      { providers: { ffmpeg: { max_concurrent: '2' } } },
      'providers.ffmpeg.max_concurrent',
      /whole number ≥ 1/,
    ],
    [{ providers: { ffmpeg: { enabled: 'yes' } } }, 'providers.ffmpeg.enabled', /true or false/],
    [
      { providers: { ffmpeg: { timeout_seconds: -1 } } },
      'providers.ffmpeg.timeout_seconds',
      /number above 0/,
    ],
    [
      { providers: { runway: { api_url: 'ftp://x' } } },
      'providers.runway.api_url',
      /http:\/\/ or https:\/\//,
    ],
    [{ providers: 'ffmpeg' }, 'providers', /object of provider settings/],
    [
      { channels: { fire: { words_per_minute: 5 } } },
      'channels.fire.words_per_minute',
      /number from 30 to 600/,
    ],
    [
      { channels: { fire: { animation: 'spin' } } },
      'channels.fire.animation',
      /"float", "ripple", "rise", "burst"/,
    ],
    [{ channels: { fire: { transition: 'dissolve' } } }, 'channels.fire.transition', /"crossfade"/],
    [{ channels: { fire: { palette: { text: 'white' } } } }, 'channels.fire.palette.text', /#rrggbb/],
    [
      { channels: { x: { palette: { background: ['#000000', '#12'] } } } },
      'channels.x.palette.background[1]',
      /#rrggbb/,
    ],
    [
      { channels: { x: { palette: { background: [] } } } },
      'channels.x.palette.background',
      /at least one colour/,
    ],
    [
      { channels: { fire: { rules: { max_points: 0 } } } },
      'channels.fire.rules.max_points',
      /whole number ≥ 1/,
    ],
    [{ selection_weights: { speed: -1 } }, 'selection_weights.speed', /number from 0 to 1000/],
  ])('rejects %j at %s', (raw, key, message) => {
    const error = errorFor(raw);
    expect(error.key).toBe(key);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(FILE);
  });

  it('names misspelt settings', () => {
    const error = errorFor({ global: { default_providr: 'x' } });
    expect(error.key).toBe('global.default_providr');
    expect(error.message).toContain('unknown setting');
    expect(errorFor({ channel: {} }).key).toBe('channel');
    expect(errorFor({ channels: { fire: { rules: { max_seconds: 3 } } } }).key).toBe(
      'channels.fire.rules.max_seconds',
    );
  });

  it('says how many more problems there are', () => {
    const error = errorFor({ global: { max_concurrent_generations: 0, default_quality: 'best' } });
    expect(error.message).toContain('(and 1 more problem)');
  });

  it('keeps unknown provider settings for the provider', () => {
    const file = validateConfig({ providers: { mock: { simulated_seconds: 2, nested: { a: 1 } } } }, FILE);
    expect(file.providers?.mock).toEqual({ simulated_seconds: 2, nested: { a: 1 } });
  });

  it('turns a single background colour into a two-stop gradient', () => {
    const file = validateConfig({ channels: { x: { palette: { background: '#102030' } } } }, FILE);
    expect(file.channels?.x?.palette?.background).toEqual(['#102030', '#102030']);
  });

  it('never repeats a wrongly typed API key in the message', () => {
    const error = errorFor({ providers: { runway: { api_key: 12345678901 } } });
    expect(error.key).toBe('providers.runway.api_key');
    expect(error.message).not.toContain('12345678901');
  });
});

describe('formatConfigKey', () => {
  it('joins names with dots and indexes with brackets', () => {
    expect(formatConfigKey(['channels', 'x', 'palette', 'background', 1])).toBe(
      'channels.x.palette.background[1]',
    );
    expect(formatConfigKey([])).toBe('');
  });
});
