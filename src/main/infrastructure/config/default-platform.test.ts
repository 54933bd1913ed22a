import { describe, expect, it } from 'vitest';
import { ConfigError } from '#core/errors.js';
import { buildAppConfig } from './build-app-config.js';
import { validateConfig } from './read-config-file.js';

// global.default_platform: the publishing preset for scripts that name none.

const FILE = '/data/rf/config.json';
const host = { platform: 'linux', homeDir: '/home/ana' } as const;
const build = (raw: Record<string, unknown>) =>
  buildAppConfig(validateConfig(raw, FILE), { env: {}, dataDir: '/data/rf', configPath: FILE, host });

describe('global.default_platform', () => {
  it('is read into the typed config, and left out when not set (generic)', () => {
    expect(build({ global: { default_platform: 'reels' } }).global.defaultPlatform).toBe('reels');
    expect(build({}).global).not.toHaveProperty('defaultPlatform');
  });

  it('refuses an unknown id naming the key and the choices', () => {
    let error: unknown;
    try {
      validateConfig({ global: { default_platform: 'vine' } }, FILE);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).key).toBe('global.default_platform');
    expect((error as ConfigError).message).toMatch(/"generic", "tiktok", "reels", "shorts"/);
  });
});
