import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createDesktopRuntime, type DesktopRuntime } from '../../src/main/desktop-runtime.js';
import { MockVideoProvider } from '../../src/main/infrastructure/providers/mock/mock-video-provider.js';
import { makeTempDir } from './temp-dir.js';

export interface StartOptions {
  /** Open the previous runtime's data folder again (after closing that runtime) instead of a new one. */
  readonly reopen?: boolean;
  /** Every built-in provider instead of a fast mock only. */
  readonly defaultProviders?: boolean;
}

/**
 * For a test file: `start()` gives a real desktop runtime over a temp data folder whose output
 * folder is inside it, rendering with a fast mock provider; every runtime is closed and the folder
 * removed after each test.
 */
export function useMockDesktopRuntime(): {
  start(options?: StartOptions): DesktopRuntime;
  /** The data folder of the runtime `start()` made last. */
  dataDir(): string;
} {
  const runtimes: DesktopRuntime[] = [];
  let temp: ReturnType<typeof makeTempDir> | undefined;
  afterEach(async () => {
    for (const runtime of runtimes.splice(0)) await runtime.close();
    temp?.cleanup();
    temp = undefined;
  });
  const dataDir = () => {
    if (!temp) throw new Error('start() a runtime first');
    return temp.path;
  };
  return {
    start({ reopen = false, defaultProviders = false } = {}) {
      if (!reopen || !temp) {
        temp = makeTempDir();
        writeFileSync(
          join(temp.path, 'config.json'),
          JSON.stringify({ global: { output_dir: join(temp.path, 'videos') } }),
        );
      }
      const runtime = createDesktopRuntime({
        dataDir: temp.path,
        env: {},
        transport: 'loopback',
        ...(defaultProviders ? {} : { providers: () => [new MockVideoProvider({ simulatedSeconds: 0.02 })] }),
      });
      runtimes.push(runtime);
      return runtime;
    },
    dataDir,
  };
}

/**
 * For a describe block: one desktop runtime rendering with a fast mock over an existing data folder
 * (e.g. the CLI tests' `useCliDataDir()`), opened before its tests and closed after them.
 */
export function mockDesktopRuntimeOver(dataDir: () => string): () => DesktopRuntime {
  let runtime: DesktopRuntime | undefined;
  beforeAll(() => {
    runtime = createDesktopRuntime({
      dataDir: dataDir(),
      env: {},
      transport: 'loopback',
      providers: () => [new MockVideoProvider({ simulatedSeconds: 0.02 })],
    });
  });
  afterAll(() => runtime?.close());
  return () => {
    if (!runtime) throw new Error('the desktop runtime opens in beforeAll');
    return runtime;
  };
}
