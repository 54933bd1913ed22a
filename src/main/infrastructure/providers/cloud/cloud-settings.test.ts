import { describe, expect, it } from 'vitest';
import { ConfigError } from '#core/errors.js';
import { missingKeyReason, readCloudSettings } from './cloud-settings.js';

const settings = (options: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  enabled: true,
  maxConcurrent: 1,
  timeoutSeconds: 900,
  options,
  ...extra,
});
const defaults = { baseUrl: 'https://api.example.com/', pollIntervalSeconds: 6 };

describe('readCloudSettings', () => {
  it('uses the defaults, without a trailing slash', () => {
    const s = readCloudSettings('runway', settings(), {}, defaults);
    expect(s).toMatchObject({
      baseUrl: 'https://api.example.com',
      pollIntervalMs: 6000,
      maxAttempts: 6,
      apiKey: undefined,
    });
  });

  it('takes the poll interval from the environment first, fractions allowed', () => {
    const s = readCloudSettings(
      'runway',
      settings({ poll_interval_seconds: 2 }),
      { VIDEO_PROVIDER_RUNWAY_POLL_INTERVAL: '0.25' },
      defaults,
    );
    expect(s.pollIntervalMs).toBe(250);
    expect(
      readCloudSettings('runway', settings({ poll_interval_seconds: 2 }), {}, defaults).pollIntervalMs,
    ).toBe(2000);
  });

  it('names the variable or key that is wrong, never its value', () => {
    expect(() =>
      readCloudSettings('runway', settings(), { VIDEO_PROVIDER_RUNWAY_POLL_INTERVAL: 'sk-oops' }, defaults),
    ).toThrow(/VIDEO_PROVIDER_RUNWAY_POLL_INTERVAL must be a number/);
    expect(() =>
      readCloudSettings('runway', settings(), { VIDEO_PROVIDER_RUNWAY_POLL_INTERVAL: 'sk-oops' }, defaults),
    ).not.toThrow(/sk-oops/);
    expect(() =>
      readCloudSettings('synthesia', settings({ poll_interval_seconds: 0 }), {}, defaults),
    ).toThrow(ConfigError);
    expect(() => readCloudSettings('synthesia', settings({ max_retries: -1 }), {}, defaults)).toThrow(
      /providers.synthesia.max_retries/,
    );
  });

  it('says how to add a key', () => {
    expect(missingKeyReason('synthesia')).toBe(
      'no API key: set VIDEO_PROVIDER_SYNTHESIA_API_KEY or add it in Settings',
    );
  });
});
