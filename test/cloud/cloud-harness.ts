import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FfmpegVideoProvider } from '../../src/main/infrastructure/providers/ffmpeg/index.js';
import { RunwayVideoProvider } from '../../src/main/infrastructure/providers/runway/index.js';
import { SynthesiaVideoProvider } from '../../src/main/infrastructure/providers/synthesia/index.js';
import { createHarness, type Harness } from '../support/service-harness.js';

/** Settings that keep the cloud suite fast: tiny poll interval, short timeouts and backoff. */
export function fastCloudSettings(
  url: string,
  key: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    api_key: key,
    api_url: url,
    poll_interval_seconds: 0.05,
    request_timeout_seconds: 1,
    retry_base_seconds: 0.05,
    max_retries: 3,
    ...extra,
  };
}

export interface CloudHarness extends Harness {
  readonly runway: RunwayVideoProvider;
  readonly synthesia: SynthesiaVideoProvider;
}

/** The real service (SQLite in a temp data dir) with FFmpeg, Runway and Synthesia registered. */
export function createCloudHarness(options: {
  providers: Record<string, unknown>;
  global?: Record<string, unknown>;
  env?: Record<string, string>;
  dataDir?: string;
}): CloudHarness {
  // PATH lets the providers find ffmpeg/ffprobe as the FFmpeg provider does.
  const env = { PATH: process.env['PATH'] ?? '', ...options.env };
  let runway!: RunwayVideoProvider;
  let synthesia!: SynthesiaVideoProvider;
  const harness = createHarness({
    dataDir: options.dataDir,
    tempPrefix: 'reelforge-cloud-',
    config: { global: options.global, providers: options.providers },
    env,
    providers: (config) => {
      runway = new RunwayVideoProvider({
        settings: () => config.provider('runway'),
        ffmpegSettings: () => config.provider('ffmpeg'),
        cacheDir: join(config.dataDir, 'cache', 'runway'),
        env,
      });
      synthesia = new SynthesiaVideoProvider({
        settings: () => config.provider('synthesia'),
        ffmpegSettings: () => config.provider('ffmpeg'),
        env,
      });
      return [new FfmpegVideoProvider(() => config.provider('ffmpeg')), runway, synthesia];
    },
  });
  return { ...harness, runway, synthesia };
}

/** Every file under a folder (recursively), for "nothing partial was left" and key searches. */
export function listFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Files under `dir` whose bytes contain `secret` (the SQLite file and its WAL included). */
export function filesContaining(dir: string, secret: string): string[] {
  const needle = Buffer.from(secret);
  return listFiles(dir).filter((path) => readFileSync(path).includes(needle));
}

export { until } from '../support/until.js';
