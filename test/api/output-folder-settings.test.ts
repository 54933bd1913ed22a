import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDesktopRuntime, type DesktopRuntime } from '../../src/main/desktop-runtime.js';
import { MockVideoProvider } from '../../src/main/infrastructure/providers/mock/mock-video-provider.js';
import type { DesktopPlatform } from '../../src/main/presentation/api/desktop-platform.js';
import { dispatchApiCall } from '../../src/main/presentation/api/dispatch.js';
import { makeTempDir } from '../support/temp-dir.js';

// Issue #18: saving "/proc/x" as the output folder was accepted silently, renders went to the
// VIDEO_STORAGE_PATH folder and the field later reverted.

/** The answer to saving a folder that cannot be created, whichever way it was given. */
const PROC_REFUSED = {
  ok: false,
  error: {
    kind: 'invalid-payload',
    message:
      'global.outputDir: the folder "/proc/x" cannot be created: this location does not accept new folders',
  },
};

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function startRuntime(
  env: NodeJS.ProcessEnv = {},
  platform?: DesktopPlatform,
): { runtime: DesktopRuntime; dataDir: string } {
  const temp = makeTempDir();
  writeFileSync(
    join(temp.path, 'config.json'),
    JSON.stringify({ global: { output_dir: join(temp.path, 'videos') } }),
  );
  const runtime = createDesktopRuntime({
    dataDir: temp.path,
    env,
    transport: 'loopback',
    ...(platform ? { platform } : {}),
    providers: () => [new MockVideoProvider({ simulatedSeconds: 0.02 })],
  });
  cleanups.push(temp.cleanup, () => runtime.close());
  return { runtime, dataDir: temp.path };
}

describe('the output folder in Settings', () => {
  it('refuses a folder renders cannot be written to, naming the field, and keeps the old one', async () => {
    const { runtime, dataDir } = startRuntime();
    const before = readFileSync(join(dataDir, 'config.json'), 'utf8');
    expect(
      await dispatchApiCall(runtime.handlers, 'settings.update', {
        patch: { global: { outputDir: '/proc/x' } },
      }),
    ).toEqual(PROC_REFUSED);
    expect(readFileSync(join(dataDir, 'config.json'), 'utf8')).toBe(before);
    expect((await runtime.handlers['settings.get']({})).global.outputDir).toBe(join(dataDir, 'videos'));
  });

  it('creates a missing folder it can write to, taking a relative path from the data folder', async () => {
    const { runtime, dataDir } = startRuntime();
    const view = await runtime.handlers['settings.update']({
      patch: { global: { outputDir: 'renders/new' } },
    });
    expect(view.global.outputDir).toBe(join(dataDir, 'renders', 'new'));
    expect(existsSync(join(dataDir, 'renders', 'new'))).toBe(true);
  });

  it('says which environment variable decides a setting', async () => {
    const storage = makeTempDir();
    cleanups.push(storage.cleanup);
    const { runtime } = startRuntime({ VIDEO_STORAGE_PATH: storage.path, VIDEO_MAX_CONCURRENT: '2' });
    const view = await runtime.handlers['settings.get']({});
    expect(view.global.outputDir).toBe(storage.path);
    expect(view.setByEnvironment).toEqual({
      'global.outputDir': 'VIDEO_STORAGE_PATH',
      'global.maxConcurrentGenerations': 'VIDEO_MAX_CONCURRENT',
    });
    expect((await startRuntime().runtime.handlers['settings.get']({})).setByEnvironment).toBeUndefined();
  });

  it('checks a folder picked with Choose… the same way, and keeps the old one', async () => {
    const { runtime, dataDir } = startRuntime({}, { chooseFolder: async () => '/proc/x' });
    const before = readFileSync(join(dataDir, 'config.json'), 'utf8');
    expect(await dispatchApiCall(runtime.handlers, 'settings.chooseOutputDir', {})).toEqual(PROC_REFUSED);
    expect(readFileSync(join(dataDir, 'config.json'), 'utf8')).toBe(before);
  });

  it('opens no folder dialog while VIDEO_STORAGE_PATH decides the folder (a choice would be ignored)', async () => {
    const storage = makeTempDir();
    cleanups.push(storage.cleanup);
    let dialogs = 0;
    const { runtime } = startRuntime(
      { VIDEO_STORAGE_PATH: storage.path },
      {
        chooseFolder: async () => {
          dialogs += 1;
          return storage.path;
        },
      },
    );
    const answer = await dispatchApiCall(runtime.handlers, 'settings.chooseOutputDir', {});
    expect(answer).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('VIDEO_STORAGE_PATH') },
    });
    expect(dialogs).toBe(0);
  });
});
