import { ProviderError } from '#core/errors.js';
import type { ProviderSettings } from '#core/config.js';

export type ChromeMode = 'chrome-for-testing' | 'headless-shell';

/** The Remotion options Reelforge reads from `ProviderSettings.options` (`providers.remotion.<key>` in the config file). */
export interface RemotionRenderSettings {
  /** Browser tabs rendering frames at once. */
  readonly concurrency: number;
  readonly chromeMode: ChromeMode;
  /** May Remotion download Chrome Headless Shell when no browser is installed. */
  readonly allowBrowserDownload: boolean;
  /** A prebuilt bundle folder to serve instead of building one. */
  readonly bundleDir?: string;
}

/**
 * One tab per two cores: each tab's Chromium renderer and the encoder compete for the same cores,
 * and on two cores a second tab measured slower than one.
 */
export function defaultConcurrency(cores: number): number {
  return cores <= 2 ? 1 : Math.floor(cores / 2);
}

// Provider options sit beside the known settings in the config file: providers.remotion.concurrency.
const KEY = 'providers.remotion';

/** Reads and checks the options, naming the config key of a bad value. */
export function readRenderSettings(settings: ProviderSettings, cores: number): RemotionRenderSettings {
  const options = settings.options;
  const concurrency = options['concurrency'] ?? defaultConcurrency(cores);
  if (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1) {
    throw new ProviderError(
      'remotion',
      `${KEY}.concurrency must be a whole number of at least 1, got ${JSON.stringify(concurrency)}`,
      {
        code: 'invalid_config',
      },
    );
  }
  const chromeMode = options['chrome_mode'] ?? 'chrome-for-testing';
  if (chromeMode !== 'chrome-for-testing' && chromeMode !== 'headless-shell') {
    throw new ProviderError(
      'remotion',
      `${KEY}.chrome_mode must be "chrome-for-testing" or "headless-shell", got ${JSON.stringify(chromeMode)}`,
      {
        code: 'invalid_config',
      },
    );
  }
  const bundleDir = options['bundle_dir'];
  if (bundleDir !== undefined && (typeof bundleDir !== 'string' || bundleDir.trim() === '')) {
    throw new ProviderError(
      'remotion',
      `${KEY}.bundle_dir must be a folder path, got ${JSON.stringify(bundleDir)}`,
      {
        code: 'invalid_config',
      },
    );
  }
  return {
    concurrency,
    chromeMode,
    allowBrowserDownload: options['allow_browser_download'] === true,
    ...(typeof bundleDir === 'string' ? { bundleDir } : {}),
  };
}
