import type { AppConfig, ConfigManager } from '#core/config.js';
import { ConfigError } from '#core/errors.js';
import { readRawConfig, validateConfig } from '../config/read-config-file.js';

export const S3_ACCESS_KEY_ENV = 'REELFORGE_S3_ACCESS_KEY_ID';
export const S3_SECRET_KEY_ENV = 'REELFORGE_S3_SECRET_ACCESS_KEY';

export interface S3Settings {
  readonly endpoint?: string;
  readonly region: string;
  readonly bucket: string;
  /** Key prefix, e.g. "renders/" (a trailing slash is added when missing). */
  readonly prefix: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly forcePathStyle: boolean;
  /** Public address of the bucket (a CDN in front of it); `deliveredUrl` = this + key. */
  readonly publicBaseUrl?: string;
  readonly cacheControl: string;
}

// Keys are unique per job, so what is uploaded never changes: caches may keep it for good.
const DEFAULT_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** The S3 delivery settings, or undefined when `delivery.s3` is not configured (re-read on change). */
export function s3SettingsOf(config: ConfigManager, env: NodeJS.ProcessEnv): () => S3Settings | undefined {
  const cache = new WeakMap<AppConfig, { settings: S3Settings | undefined }>();
  let lastGood: { settings: S3Settings | undefined } | undefined;
  return () => {
    const snapshot = config.get();
    const cached = cache.get(snapshot);
    if (cached) return cached.settings;
    let s3;
    try {
      s3 = validateConfig(readRawConfig(config.configPath), config.configPath).delivery?.s3;
    } catch {
      // Changed on disk into something invalid since it was loaded: keep what was read last.
      return lastGood?.settings;
    }
    let settings: S3Settings | undefined;
    if (s3) {
      const accessKeyId = env[S3_ACCESS_KEY_ENV]?.trim() || s3.access_key_id;
      const secretAccessKey = env[S3_SECRET_KEY_ENV]?.trim() || s3.secret_access_key;
      if (!accessKeyId || !secretAccessKey) {
        throw new ConfigError(
          'delivery.s3',
          `needs access_key_id and secret_access_key (or ${S3_ACCESS_KEY_ENV} and ${S3_SECRET_KEY_ENV}), in ${config.configPath}`,
        );
      }
      const prefix = s3.prefix ?? '';
      settings = {
        ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
        region: s3.region,
        bucket: s3.bucket,
        prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`,
        accessKeyId,
        secretAccessKey,
        forcePathStyle: s3.force_path_style ?? false,
        ...(s3.public_base_url ? { publicBaseUrl: s3.public_base_url.replace(/\/+$/, '') } : {}),
        cacheControl: s3.cache_control ?? DEFAULT_CACHE_CONTROL,
      };
    }
    lastGood = { settings };
    cache.set(snapshot, lastGood);
    return settings;
  };
}

/** Where an uploaded object can be fetched: the public base (CDN) or the bucket's own address. */
export function publicUrlFor(settings: S3Settings, key: string): string {
  const path = key.split('/').map(encodeURIComponent).join('/');
  if (settings.publicBaseUrl) return `${settings.publicBaseUrl}/${path}`;
  if (settings.endpoint) {
    const base = settings.endpoint.replace(/\/+$/, '');
    if (settings.forcePathStyle) return `${base}/${settings.bucket}/${path}`;
    const url = new URL(base);
    return `${url.protocol}//${settings.bucket}.${url.host}/${path}`;
  }
  return `https://${settings.bucket}.s3.${settings.region}.amazonaws.com/${path}`;
}
