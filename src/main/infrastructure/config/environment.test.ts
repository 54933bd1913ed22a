import { describe, expect, it } from 'vitest';
import { ConfigError } from '#core/errors.js';
import { providerEnvName, readEnv, readEnvCount, readEnvUrl } from './environment.js';

describe('environment variables', () => {
  it('names provider variables after the upper-cased id with "-" as "_"', () => {
    expect(providerEnvName('stable-video', 'API_KEY')).toBe('VIDEO_PROVIDER_STABLE_VIDEO_API_KEY');
    expect(providerEnvName('runway', 'API_URL')).toBe('VIDEO_PROVIDER_RUNWAY_API_URL');
  });

  it('treats blank values as unset', () => {
    expect(readEnv({ A: '  ' }, 'A')).toBeUndefined();
    expect(readEnv({ A: ' x ' }, 'A')).toBe('x');
  });

  it('reads a count of at least 1', () => {
    expect(readEnvCount({ N: '3' }, 'N')).toBe(3);
    expect(readEnvCount({}, 'N')).toBeUndefined();
  });

  it.each(['0', '-1', '1.5', 'two', '3x'])('rejects the count "%s", naming the variable', (value) => {
    expect(() => readEnvCount({ VIDEO_MAX_CONCURRENT: value }, 'VIDEO_MAX_CONCURRENT')).toThrow(ConfigError);
    try {
      readEnvCount({ VIDEO_MAX_CONCURRENT: value }, 'VIDEO_MAX_CONCURRENT');
    } catch (error) {
      expect((error as ConfigError).key).toBe('VIDEO_MAX_CONCURRENT');
      expect((error as ConfigError).message).toContain(
        'environment variable VIDEO_MAX_CONCURRENT must be a whole number ≥ 1',
      );
    }
  });

  it('reads http and https addresses and rejects anything else without repeating it', () => {
    expect(readEnvUrl({ U: 'https://api.example.com/v1' }, 'U')).toBe('https://api.example.com/v1');
    expect(() => readEnvUrl({ U: 'sk-secret' }, 'U')).toThrow(/environment variable U must be an http/);
    expect(() => readEnvUrl({ U: 'sk-secret' }, 'U')).not.toThrow(/sk-secret/);
  });
});
