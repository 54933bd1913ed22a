import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDesktopRuntime, type DesktopRuntime } from '../../src/main/desktop-runtime.js';
import type { VideoJob } from '../../src/main/application/job.js';
import type { DesktopPlatform } from '../../src/main/presentation/api/desktop-platform.js';
import {
  DEFAULT_DATABASE_FILE,
  openDatabase,
  SqliteJobRepository,
} from '../../src/main/infrastructure/storage/index.js';
import { makeTempDir } from '../support/temp-dir.js';

/** A valid JSON script the built-in "air" channel accepts. */
export const AIR_SCRIPT = JSON.stringify({
  channel: 'air',
  topic: 'T',
  hook: 'Breathe in.',
  main_points: ['One calm point.'],
  call_to_action: 'Follow.',
});

export interface DesktopFixture {
  readonly runtime: DesktopRuntime;
  readonly dataDir: string;
  readonly outputDir: string;
  /** Renders AIR_SCRIPT with the mock provider and waits for the finished job. */
  renderMock(): Promise<VideoJob>;
  /** Rewrites a job row behind the service's back, as a tampered database would. */
  tamperJob(id: string, result: Partial<NonNullable<VideoJob['result']>>): void;
  close(): Promise<void>;
}

/** A real desktop runtime over a temp data dir, rendering with a fast mock provider. */
export function createDesktopFixture(
  options: {
    outputDir?: string;
    transport?: 'loopback' | 'electron';
    env?: NodeJS.ProcessEnv;
    /** What the desktop shell adds (dialogs, the key store); none in browser mode. */
    platform?: DesktopPlatform;
    /** More provider settings for config.json, by provider id. */
    providers?: Record<string, Record<string, unknown>>;
    /** More top-level sections for config.json (e.g. `webhooks`). */
    config?: Record<string, unknown>;
  } = {},
): DesktopFixture {
  const temp = makeTempDir('reelforge-desktop-');
  const outputDir = options.outputDir ?? join(temp.path, 'videos');
  writeFileSync(
    join(temp.path, 'config.json'),
    JSON.stringify({
      global: { output_dir: outputDir },
      providers: { mock: { simulated_seconds: 0.05 }, ...options.providers },
      ...options.config,
    }),
  );
  const runtime = createDesktopRuntime({
    dataDir: temp.path,
    env: options.env ?? {},
    transport: options.transport ?? 'loopback',
    platform: options.platform,
  });
  return {
    runtime,
    dataDir: temp.path,
    outputDir,
    async renderMock() {
      const job = await runtime.service.generateVideo(
        { kind: 'text', content: AIR_SCRIPT, name: 'air.json' },
        { provider: 'mock' },
      );
      if (job.status !== 'completed')
        throw new Error(`mock render ended ${job.status}: ${job.error?.message ?? ''}`);
      return job;
    },
    tamperJob(id, result) {
      const database = openDatabase(join(temp.path, DEFAULT_DATABASE_FILE));
      try {
        const jobs = new SqliteJobRepository(database);
        const job = jobs.get(id);
        if (!job?.result) throw new Error(`job ${id} has no result to tamper with`);
        jobs.update(id, { result: { ...job.result, ...result } });
      } finally {
        database.close();
      }
    },
    async close() {
      await runtime.close();
      temp.cleanup();
    },
  };
}
