import { describe, expect, it } from 'vitest';
import type { ProviderSettings } from '#core/config.js';
import { ProviderError } from '#core/errors.js';
import { BROWSER_NOT_FOUND } from '../../src/main/infrastructure/providers/remotion/browser-discovery.js';
import { RemotionVideoProvider } from '../../src/main/infrastructure/providers/remotion/remotion-video-provider.js';
import { shortScript, shortTimeline } from './fixtures.js';

const settings: ProviderSettings = {
  enabled: true,
  maxConcurrent: 1,
  timeoutSeconds: 60,
  binaryPath: '/nonexistent/chromium',
  options: {},
};

describe('RemotionVideoProvider without a browser', () => {
  // No REMOTION_BROWSER_EXECUTABLE, and the configured path does not exist.
  const provider = new RemotionVideoProvider({
    settings: () => settings,
    env: {},
    cacheDir: '/nonexistent/cache',
  });

  it('is unavailable and says how to fix it', async () => {
    const availability = await provider.isAvailable();
    expect(availability.available).toBe(false);
    expect(availability.reason).toContain(BROWSER_NOT_FOUND);
    expect(availability.reason).toContain('providers.remotion.binary_path is "/nonexistent/chromium"');
  });

  it('rejects generate with a retryable ProviderError, without starting anything', async () => {
    const started = Date.now();
    const error = await provider
      .generate(
        {
          jobId: 'no-browser',
          script: shortScript('air'),
          timeline: shortTimeline('air'),
          quality: 'draft',
          aspectRatio: '9:16',
          outputDir: '/nonexistent/out',
          outputBaseName: 'never',
          requiredCapabilities: [],
        },
        { signal: new AbortController().signal, onProgress: () => undefined },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).code).toBe('unavailable');
    expect((error as ProviderError).retryable).toBe(true);
    expect((error as ProviderError).message).toContain(BROWSER_NOT_FOUND);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('reports a bad option with its config key', async () => {
    const bad = new RemotionVideoProvider({
      settings: () => ({ ...settings, binaryPath: '/usr/bin/chromium', options: { concurrency: -1 } }),
      env: {},
    });
    expect((await bad.isAvailable()).reason).toContain('providers.remotion.concurrency');
  });
});
