import { afterEach } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createVideoGenerationService } from '../../src/main/composition-root.js';
import type { ConfigManager } from '#core/config.js';
import type { VideoProvider } from '#core/provider.js';
import type { RenderContext } from '#core/provider.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { ProviderOutput } from '#core/result.js';
import {
  MockVideoProvider,
  type MockProviderOptions,
} from '../../src/main/infrastructure/providers/mock/mock-video-provider.js';
import type { VideoGenerationService } from '../../src/main/application/video-generation-service.js';
import { makeTempDir } from './temp-dir.js';

/** A mock provider that records how many renders ran at once, and in which order they started. */
export class CountingProvider extends MockVideoProvider {
  running = 0;
  maxRunning = 0;
  readonly started: string[] = [];

  constructor(options: MockProviderOptions) {
    super(options);
  }

  protected override async render(
    request: VideoGenerationRequest,
    context: RenderContext,
  ): Promise<ProviderOutput> {
    this.running += 1;
    this.maxRunning = Math.max(this.maxRunning, this.running);
    this.started.push(request.script.topic);
    try {
      return await super.render(request, context);
    } finally {
      this.running -= 1;
    }
  }
}

export interface Harness {
  readonly service: VideoGenerationService;
  readonly dataDir: string;
  readonly outputDir: string;
  close(): Promise<void>;
}

/**
 * A real service over a temp data dir and SQLite file, with the given providers and config.
 * `providers` may be built from the service's config (as real providers read their settings);
 * `env` is the environment the config and providers see (none by default).
 */
export interface HarnessOptions {
  /** The default providers (FFmpeg, Remotion, …) when not given. */
  providers?: VideoProvider[] | ((config: ConfigManager) => VideoProvider[]);
  config?: Record<string, unknown>;
  env?: Record<string, string>;
  adoptOrphanedJobs?: boolean;
  dataDir?: string;
  /** Prefix of the temp data dir made when `dataDir` is not given. */
  tempPrefix?: string;
  pid?: number;
}

/**
 * For a test file whose tests each start one harness: returns the start function and closes
 * what it started after each test, passed or failed.
 */
export function harnessPerTest(): (options: HarnessOptions) => Harness {
  let current: Harness | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return (options) => (current = createHarness(options));
}

export function createHarness(options: HarnessOptions): Harness {
  const temp = options.dataDir ? undefined : makeTempDir(options.tempPrefix);
  const dataDir = options.dataDir ?? temp!.path;
  const outputDir = join(dataDir, 'videos');
  const global = { output_dir: outputDir, ...((options.config?.['global'] as object | undefined) ?? {}) };
  writeFileSync(join(dataDir, 'config.json'), JSON.stringify({ ...options.config, global }));
  const { providers } = options;
  const service = createVideoGenerationService({
    dataDir,
    env: options.env ?? {},
    providers: typeof providers === 'function' || providers === undefined ? providers : () => providers,
    adoptOrphanedJobs: options.adoptOrphanedJobs,
    pid: options.pid,
  });
  return {
    service,
    dataDir,
    outputDir,
    close: async () => {
      await service.close();
      temp?.cleanup();
    },
  };
}
