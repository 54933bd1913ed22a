import { describe, expect, it } from 'vitest';
import { toConfigPatch } from './settings-mapping.js';

describe('toConfigPatch', () => {
  it('maps the camelCase patch onto the config file layout', () => {
    expect(
      toConfigPatch({
        global: { defaultProvider: 'ffmpeg', maxConcurrentGenerations: 3 },
        providers: {
          ffmpeg: { enabled: false, maxConcurrent: 2, binaryPath: '  ' },
          mock: { timeoutSeconds: 5 },
        },
        selectionWeights: { cost: 4 },
      }),
    ).toEqual({
      global: { default_provider: 'ffmpeg', max_concurrent_generations: 3 },
      providers: {
        ffmpeg: { enabled: false, max_concurrent: 2, binary_path: null },
        mock: { timeout_seconds: 5 },
      },
      selection_weights: { cost: 4 },
    });
  });

  it('maps the test-video switch onto the provider option', () => {
    expect(toConfigPatch({ providers: { synthesia: { testMode: false } } })).toEqual({
      providers: { synthesia: { test: false } },
    });
  });

  it('leaves out what the patch does not mention', () => {
    expect(toConfigPatch({})).toEqual({});
    expect(toConfigPatch({ providers: { ffmpeg: { binaryPath: '/opt/ffmpeg' } } })).toEqual({
      providers: { ffmpeg: { binary_path: '/opt/ffmpeg' } },
    });
  });
});

describe('toConfigPatch: the default platform', () => {
  it('writes it as global.default_platform', () => {
    expect(toConfigPatch({ global: { defaultPlatform: 'reels' } })).toEqual({
      global: { default_platform: 'reels' },
    });
  });
});
