import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { VideoGenerationService } from '../../src/main/application/video-generation-service.js';
import { createVideoGenerationService } from '../../src/main/composition-root.js';
import { TemplateStore } from '../../src/main/infrastructure/templates/index.js';
import { makeTempDir } from '../support/temp-dir.js';

/**
 * A real service over a temp data folder for a file's template tests: videos go to `videos/`
 * under it, and `prepare` imports the file's templates (and writes any files they need) before
 * the service starts. Closed and removed after the file's tests.
 */
export interface TemplateService {
  readonly service: VideoGenerationService;
  readonly store: TemplateStore;
  /** The temp data folder. */
  readonly folder: string;
}

export function useTemplateService(
  prepare: (store: TemplateStore, folder: string) => void = () => undefined,
  /** More of the config file (`global.output_dir` is the temp folder's `videos/`). */
  config: Record<string, unknown> = {},
): TemplateService {
  // Filled in by beforeAll, so the file's tests (not its describe body) read it.
  const ready = {} as { service: VideoGenerationService; store: TemplateStore; folder: string };
  let temp: ReturnType<typeof makeTempDir> | undefined;
  beforeAll(() => {
    temp = makeTempDir();
    ready.folder = temp.path;
    writeFileSync(
      join(temp.path, 'config.json'),
      JSON.stringify({ ...config, global: { output_dir: join(temp.path, 'videos') } }),
    );
    ready.store = new TemplateStore(join(temp.path, 'templates'));
    prepare(ready.store, temp.path);
    ready.service = createVideoGenerationService({
      dataDir: temp.path,
      env: { PATH: process.env['PATH'] ?? '' },
    });
  });
  afterAll(async () => {
    await ready.service?.close();
    temp?.cleanup();
  });
  return ready;
}
