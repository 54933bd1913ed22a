import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { API_CALLS } from '../../src/shared/api-contract.js';

const BUNDLE = resolve(import.meta.dirname, '../../out/preload/index.cjs');
const built = existsSync(BUNDLE);
if (!built) console.warn(`${BUNDLE} is missing: run \`npm run build\` to test the bundled preload`);

describe.skipIf(!built)('the built preload (out/preload/index.cjs)', () => {
  it('runs in a bare context that can require nothing but electron, and exposes window.reelforge', async () => {
    const required: string[] = [];
    const exposed: Record<string, Record<string, unknown>> = {};
    const electron = {
      contextBridge: {
        exposeInMainWorld: (key: string, value: Record<string, unknown>) => (exposed[key] = value),
      },
      ipcRenderer: {
        invoke: async (channel: string) => ({ ok: true, value: channel }),
        on: () => undefined,
        removeListener: () => undefined,
      },
    };
    // Like a sandboxed preload: no Node globals (process, Buffer, __dirname), a require for electron only.
    const context = createContext({
      module: { exports: {} },
      exports: {},
      require: (id: string) => {
        required.push(id);
        if (id === 'electron') return electron;
        throw new Error(`a sandboxed preload cannot require "${id}"`);
      },
    });
    runInContext(readFileSync(BUNDLE, 'utf8'), context);

    expect(required).toEqual(['electron']);
    const bridge = exposed['reelforge'];
    expect(bridge).toBeDefined();
    for (const name of Object.keys(API_CALLS)) expect(typeof bridge![name], name).toBe('function');
    expect(await (bridge!['jobs.list'] as (p: unknown) => Promise<unknown>)({})).toBe(
      'reelforge:call:jobs.list',
    );
  });
});
