import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSampleScripts } from '../../src/main/infrastructure/files/bundled-samples.js';
import { dispatchApiCall } from '../../src/main/presentation/api/dispatch.js';
import { useMockDesktopRuntime } from '../support/mock-desktop-runtime.js';
import { makeTempDir } from '../support/temp-dir.js';

const { start } = useMockDesktopRuntime();

describe('"Try a sample script"', () => {
  it('adds every sample shipped in resources/samples, all valid and ready to render', async () => {
    const runtime = start();
    const shipped = readdirSync(join(process.cwd(), 'resources', 'samples')).sort();
    const added = await runtime.handlers['library.addSamples']({});
    expect(added.map((entry) => entry.name).sort()).toEqual(shipped);
    expect(added.map((entry) => [entry.name, entry.status, entry.issues])).toEqual(
      shipped.map((name) => [name, 'valid', []]),
    );
    expect((await runtime.handlers['library.list']({})).length).toBe(shipped.length);
    expect(await dispatchApiCall(runtime.handlers, 'library.addSamples', { path: '/etc' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-payload' },
    });
  });

  it('says so when a folder holds no sample script', async () => {
    const empty = makeTempDir();
    try {
      await expect(readSampleScripts(empty.path)).rejects.toThrow(`no sample scripts in ${empty.path}`);
    } finally {
      empty.cleanup();
    }
  });
});
