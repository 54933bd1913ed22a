import { describe, expect, it } from 'vitest';
import { buildAppConfig } from './build-app-config.js';
import { validateConfig } from './read-config-file.js';

const FILE = '/data/rf/config.json';
const build = (raw: Record<string, unknown>, env: NodeJS.ProcessEnv = {}) =>
  buildAppConfig(validateConfig(raw, FILE), { env, dataDir: '/data/rf', configPath: FILE });

describe('delivery.s3 in config', () => {
  it('is absent unless configured', () => {
    expect(build({}).delivery).toBeUndefined();
  });

  it('fills defaults: AWS region, empty prefix, path-style for a custom endpoint', () => {
    expect(
      build({ delivery: { s3: { bucket: 'reels', endpoint: 'http://127.0.0.1:9000/' } } }).delivery,
    ).toEqual({
      s3: {
        endpoint: 'http://127.0.0.1:9000',
        region: 'us-east-1',
        bucket: 'reels',
        prefix: '',
        forcePathStyle: true,
      },
    });
  });

  it('takes keys from the environment over the file', () => {
    const config = build(
      { delivery: { s3: { bucket: 'reels', access_key_id: 'file-id', secret_access_key: 'file-secret' } } },
      { REELFORGE_S3_ACCESS_KEY_ID: 'env-id', REELFORGE_S3_SECRET_ACCESS_KEY: 'env-secret' },
    );
    expect(config.delivery?.s3).toMatchObject({ accessKeyId: 'env-id', secretAccessKey: 'env-secret' });
  });

  it('names the wrong field', () => {
    expect(() => build({ delivery: { s3: { bucket: 'reels', endpoint: 'ftp://x' } } })).toThrow(
      /delivery\.s3\.endpoint.*http\(s\) URL/,
    );
    expect(() => build({ delivery: { s3: {} } })).toThrow(/delivery\.s3\.bucket/);
    expect(() => build({ delivery: { s3: { bucket: 'b', colour: 1 } } })).toThrow(/delivery\.s3.*colour/);
  });
});
