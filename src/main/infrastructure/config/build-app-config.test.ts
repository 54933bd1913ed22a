import { describe, expect, it } from 'vitest';
import { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import { buildAppConfig, buildProviderSettings } from './build-app-config.js';
import { validateConfig } from './read-config-file.js';

const FILE = '/data/rf/config.json';
const host = { platform: 'linux', homeDir: '/home/ana' } as const;
const context = (env: NodeJS.ProcessEnv = {}) => ({ env, dataDir: '/data/rf', configPath: FILE, host });
const build = (raw: Record<string, unknown>, env: NodeJS.ProcessEnv = {}) =>
  buildAppConfig(validateConfig(raw, FILE), context(env));

describe('buildAppConfig', () => {
  it('fills every default for an empty file', () => {
    expect(build({})).toEqual({
      global: {
        defaultProvider: 'ffmpeg',
        defaultQuality: 'standard',
        defaultAspectRatio: '9:16',
        maxConcurrentGenerations: 2,
        outputDir: '/home/ana/Videos/Reelforge',
      },
      providers: {},
      channels: BUILTIN_CHANNELS,
      selectionWeights: { capability: 1, reliability: 2, speed: 1, cost: 1, preference: 3 },
    });
  });

  it('takes file values over defaults', () => {
    const config = build({
      global: { default_provider: 'ffmpeg', default_quality: 'draft', max_concurrent_generations: 4 },
      selection_weights: { speed: 4 },
    });
    expect(config.global).toMatchObject({
      defaultProvider: 'ffmpeg',
      defaultQuality: 'draft',
      maxConcurrentGenerations: 4,
    });
    expect(config.selectionWeights).toEqual({
      capability: 1,
      reliability: 2,
      speed: 4,
      cost: 1,
      preference: 3,
    });
  });

  it('takes environment values over the file', () => {
    const config = build(
      {
        global: { default_provider: 'ffmpeg', max_concurrent_generations: 4, output_dir: '/file/out' },
        providers: { runway: { api_key: 'file-key', api_url: 'https://file.example' } },
      },
      {
        VIDEO_DEFAULT_PROVIDER: 'mock',
        VIDEO_MAX_CONCURRENT: '1',
        VIDEO_STORAGE_PATH: '/env/out',
        VIDEO_PROVIDER_RUNWAY_API_KEY: 'env-key',
        VIDEO_PROVIDER_RUNWAY_API_URL: 'https://env.example',
      },
    );
    expect(config.global).toMatchObject({
      defaultProvider: 'mock',
      maxConcurrentGenerations: 1,
      outputDir: '/env/out',
    });
    expect(config.providers.runway).toMatchObject({ apiKey: 'env-key', apiUrl: 'https://env.example' });
  });

  it('resolves a relative output_dir from the data folder and expands ~', () => {
    expect(build({ global: { output_dir: 'videos' } }).global.outputDir).toBe('/data/rf/videos');
    expect(build({ global: { output_dir: '~/clips' } }).global.outputDir).toBe('/home/ana/clips');
  });

  it('maps provider settings and passes unknown keys through as options', () => {
    const config = build({
      providers: {
        ffmpeg: {
          enabled: false,
          max_concurrent: 2,
          timeout_seconds: 60,
          binary_path: '~/bin/ffmpeg',
          preset: 'fast',
        },
        mock: { simulated_seconds: 0.5 },
      },
    });
    expect(config.providers.ffmpeg).toEqual({
      enabled: false,
      maxConcurrent: 2,
      timeoutSeconds: 60,
      binaryPath: '/home/ana/bin/ffmpeg',
      options: { preset: 'fast' },
    });
    expect(config.providers.mock).toEqual({
      enabled: true,
      maxConcurrent: 1,
      timeoutSeconds: 900,
      options: { simulated_seconds: 0.5 },
    });
  });

  it('keeps a bare binary name for a PATH lookup', () => {
    expect(build({ providers: { ffmpeg: { binary_path: 'ffmpeg' } } }).providers.ffmpeg!.binaryPath).toBe(
      'ffmpeg',
    );
  });

  it('includes custom channels next to the built-ins', () => {
    const config = build({ channels: { zen: { palette: { background: '#0f172a' } } } });
    expect(Object.keys(config.channels)).toEqual(['air', 'water', 'earth', 'fire', 'zen']);
  });
});

describe('buildProviderSettings', () => {
  it('gives defaults plus environment keys for a provider the file does not name', () => {
    expect(
      buildProviderSettings('stable-video', undefined, { VIDEO_PROVIDER_STABLE_VIDEO_API_KEY: 'k' }),
    ).toEqual({
      enabled: true,
      maxConcurrent: 1,
      timeoutSeconds: 900,
      apiKey: 'k',
      options: {},
    });
  });

  it('lets Remotion run two jobs at once unless the file says otherwise', () => {
    expect(buildProviderSettings('remotion', undefined, {}).maxConcurrent).toBe(2);
    expect(buildProviderSettings('remotion', { max_concurrent: 1 }, {}).maxConcurrent).toBe(1);
    expect(buildProviderSettings('ffmpeg', undefined, {}).maxConcurrent).toBe(1);
  });
});

describe('buildAppConfig narration', () => {
  it('reads the default voice and rate, and leaves narration out when the file has none', () => {
    expect(build({}).narration).toBeUndefined();
    expect(build({ narration: { default_voice: ' espeak-ng:en-us ', rate: 1.2 } }).narration).toEqual({
      defaultVoice: 'espeak-ng:en-us',
      rate: 1.2,
    });
    expect(build({ narration: {} }).narration).toEqual({ defaultVoice: 'off', rate: 1 });
  });
});

describe('narration settings in config.json', () => {
  it('refuses a default voice that is neither off nor a provider, naming the field', () => {
    expect(() => build({ narration: { default_voice: 'espeak ng' } })).toThrow(/narration\.default_voice/);
    expect(() => build({ narration: { rate: 9 } })).toThrow(/narration\.rate/);
  });
});
