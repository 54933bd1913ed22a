import { describe, expect, it } from 'vitest';
import { ConfigError } from '#core/errors.js';
import { useTempConfigs } from '../test-support/temp-dirs.js';
import { publicUrlFor, s3SettingsOf, type S3Settings } from './s3-settings.js';

const tempConfig = useTempConfigs('reelforge-s3-settings-');
const configWith = (content: unknown) => tempConfig(content).config;

const s3 = {
  region: 'eu-west-1',
  bucket: 'b',
  prefix: 'renders',
  access_key_id: 'FILEKEY',
  secret_access_key: 'FILESECRET',
};

describe('s3SettingsOf', () => {
  it('is undefined without delivery.s3', () => {
    expect(s3SettingsOf(configWith({}), {})()).toBeUndefined();
  });

  it('takes the keys from the environment first and ends the prefix with a slash', () => {
    const settings = s3SettingsOf(configWith({ delivery: { s3 } }), {
      REELFORGE_S3_ACCESS_KEY_ID: 'ENVKEY',
      REELFORGE_S3_SECRET_ACCESS_KEY: 'ENVSECRET',
    })();
    expect(settings).toMatchObject({
      accessKeyId: 'ENVKEY',
      secretAccessKey: 'ENVSECRET',
      prefix: 'renders/',
      forcePathStyle: false,
    });
    expect(settings?.cacheControl).toContain('immutable');
  });

  it('names the setting when the keys are missing', () => {
    const read = s3SettingsOf(configWith({ delivery: { s3: { region: 'r', bucket: 'b' } } }), {});
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(/REELFORGE_S3_ACCESS_KEY_ID/);
  });
});

describe('publicUrlFor', () => {
  const base: S3Settings = {
    region: 'eu-west-1',
    bucket: 'b',
    prefix: '',
    accessKeyId: 'k',
    secretAccessKey: 's',
    forcePathStyle: false,
    cacheControl: 'no-cache',
  };
  it('uses the CDN base, else the endpoint (path or virtual-host style), else AWS', () => {
    expect(publicUrlFor({ ...base, publicBaseUrl: 'https://cdn.example' }, 'a/b c.mp4')).toBe(
      'https://cdn.example/a/b%20c.mp4',
    );
    expect(publicUrlFor({ ...base, endpoint: 'http://127.0.0.1:9000', forcePathStyle: true }, 'k.mp4')).toBe(
      'http://127.0.0.1:9000/b/k.mp4',
    );
    expect(publicUrlFor({ ...base, endpoint: 'https://s3.example' }, 'k.mp4')).toBe(
      'https://b.s3.example/k.mp4',
    );
    expect(publicUrlFor(base, 'k.mp4')).toBe('https://b.s3.eu-west-1.amazonaws.com/k.mp4');
  });
});
