import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { makeTempDir } from './temp-dir.js';

export interface CliDataDir {
  /** The temp folder, also the CLI's data folder (`REELFORGE_DATA_DIR`). */
  readonly path: string;
  /** Environment for `runCli`: this data folder, and videos in its `videos` subfolder. */
  readonly env: Record<string, string>;
}

/**
 * A data folder of its own for the CLI runs of the calling `describe` block (or file), created
 * before its tests and removed after. Call it before the block's other `beforeAll` hooks: they run
 * in order, so they can already write into `path`.
 */
export function useCliDataDir(): CliDataDir {
  let temp: ReturnType<typeof makeTempDir> | undefined;
  const folder = () => {
    if (!temp) throw new Error('useCliDataDir: the folder exists only while the tests of its block run');
    return temp.path;
  };
  beforeAll(() => {
    temp = makeTempDir();
  });
  afterAll(() => temp?.cleanup());
  return {
    get path() {
      return folder();
    },
    get env() {
      return { REELFORGE_DATA_DIR: folder(), VIDEO_STORAGE_PATH: join(folder(), 'videos') };
    },
  };
}
