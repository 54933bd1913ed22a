import { describe, expect, it } from 'vitest';
import type { ProviderSettings } from '#core/config.js';
import { providerSettingsWith } from '#core/testing/provider-settings.js';
import { ProviderError } from '#core/errors.js';
import { defaultConcurrency, readRenderSettings } from './render-settings.js';

const settings = (options: Record<string, unknown> = {}): ProviderSettings => providerSettingsWith(options);

describe('defaultConcurrency', () => {
  it('is 1 on up to two cores and half the cores above', () => {
    expect([1, 2, 3, 4, 8, 16].map(defaultConcurrency)).toEqual([1, 1, 1, 2, 4, 8]);
  });
});

describe('readRenderSettings', () => {
  it('defaults to the core-based concurrency, Chrome for Testing mode and no download', () => {
    expect(readRenderSettings(settings(), 8)).toEqual({
      concurrency: 4,
      chromeMode: 'chrome-for-testing',
      allowBrowserDownload: false,
    });
  });

  it('takes the options from the config', () => {
    expect(
      readRenderSettings(
        settings({
          concurrency: 3,
          chrome_mode: 'headless-shell',
          allow_browser_download: true,
          bundle_dir: '/b',
        }),
        2,
      ),
    ).toEqual({ concurrency: 3, chromeMode: 'headless-shell', allowBrowserDownload: true, bundleDir: '/b' });
  });

  it('only allows the download when the option is exactly true', () => {
    expect(readRenderSettings(settings({ allow_browser_download: 'yes' }), 2).allowBrowserDownload).toBe(
      false,
    );
  });

  it.each([
    [{ concurrency: 0 }, 'providers.remotion.concurrency'],
    [{ concurrency: '50%' }, 'providers.remotion.concurrency'],
    [{ chrome_mode: 'old' }, 'providers.remotion.chrome_mode'],
    [{ bundle_dir: 5 }, 'providers.remotion.bundle_dir'],
  ])('rejects %j naming %s', (options, key) => {
    expect(() => readRenderSettings(settings(options), 2)).toThrow(ProviderError);
    expect(() => readRenderSettings(settings(options), 2)).toThrow(key);
  });
});
