import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Lints probe sources (the files need not exist) with the project's eslint.config.js: every layer
// fence must fire on a forbidden import and stay quiet on an allowed one, so removing a fence or
// making it too broad both fail here.

const repoRoot = resolve(import.meta.dirname, '..', '..');
const LAYER_RULE = '@typescript-eslint/no-restricted-imports';
const LICENCE_RULE = 'no-restricted-imports';
const DYNAMIC_RULE = 'no-restricted-syntax';

const CORE = 'src/core imports nothing outside itself';
const MAIN = 'Main-process code stays in src/main';
const NODE = 'Node built-ins run only in the main process';
const NODE_PACKAGE = 'This package is Node-only';
const ELECTRON = 'Only src/main/presentation/electron and the preload import electron';
const ADAPTERS = 'The application layer stays free of I/O adapters';
const OUTER = 'The application layer must not import infrastructure or presentation';
const PRESENTATION = 'Infrastructure must not import presentation';
const LICENCE_REMOTION = 'Remotion is confined to src/remotion';
const LICENCE_FFMPEG = 'Use the FFmpeg adapter';
const LAZY_SDK = 'Cloud SDKs load on use';
const BY_ALIAS = 'through #core/…, #shared/… and #remotion/…';

interface Probe {
  readonly file: string;
  readonly code: string;
}

/** [file, import statement, expected message (fragment) of the layer rule]. */
const forbidden: readonly (readonly [string, string, string])[] = [
  // src/core: nothing outside itself.
  ['src/core/probe.ts', "import type { JobRepository } from '../main/application/job.js';", CORE],
  ['src/core/timeline/probe.ts', "import { API_CALLS } from '../../shared/api-contract.js';", CORE],
  ['src/core/probe.ts', "import { readFile } from 'node:fs/promises';", 'no packages, no Node built-ins'],
  ['src/core/probe.ts', "import { z } from 'zod';", 'no packages, no Node built-ins'],
  [
    'src/core/channels/probe.ts',
    "import { secondsToFrames } from '#core/timeline/frames.js';",
    'no #aliases',
  ],
  ['src/core/probe.test.ts', "import { z } from 'zod';", 'Core tests may import vitest and fast-check'],
  [
    'src/core/templates/probe.ts',
    "import { readFile } from 'node:fs/promises';",
    'imports zod and nothing else',
  ],
  ['src/core/templates/probe.ts', "import { API_CALLS } from '../../shared/api-contract.js';", CORE],
  ['src/core/probe.test.ts', "import { harness } from '../../test/support/service-harness.js';", CORE],
  // The page, the shared contract, the preload and the Remotion project: no main-process code.
  ['src/renderer/src/probe.ts', "import type { VideoJob } from '../../main/application/job.js';", MAIN],
  ['src/renderer/src/views/probe.tsx', "import { join } from 'node:path';", NODE],
  ['src/renderer/src/probe.ts', "import { readFileSync } from 'fs';", NODE],
  ['src/renderer/src/probe.ts', "import { ipcRenderer } from 'electron';", ELECTRON],
  ['src/renderer/src/probe.ts', "import Database from 'better-sqlite3';", NODE_PACKAGE],
  ['src/shared/probe.ts', "import type { JobRepository } from '../main/application/job.js';", MAIN],
  ['src/shared/probe.ts', "import { EventEmitter } from 'node:events';", NODE],
  ['src/shared/probe.ts', "import { app } from 'electron';", ELECTRON],
  ['src/preload/probe.ts', "import { MENU_CHANNEL } from '../main/presentation/electron/app-menu.js';", MAIN],
  ['src/preload/probe.ts', "import { readFile } from 'node:fs';", NODE],
  [
    'src/remotion/probe.tsx',
    "import { BUILTIN_CHANNELS } from '../main/infrastructure/channels/index.js';",
    MAIN,
  ],
  ['src/remotion/composition/probe.tsx', "import { tmpdir } from 'node:os';", NODE],
  ['src/remotion/probe.ts', "import { renderMedia } from '@remotion/renderer';", NODE_PACKAGE],
  ['src/remotion/probe.ts', "import { shell } from 'electron';", ELECTRON],
  [
    'src/renderer/src/probe.test.tsx',
    "import type { JobStore } from '../../main/application/generation/job-store.js';",
    MAIN,
  ],
  // Application: no infrastructure, presentation or I/O packages.
  [
    'src/main/application/probe.ts',
    "import { SqliteJobRepository } from '../infrastructure/storage/index.js';",
    OUTER,
  ],
  [
    'src/main/application/generation/probe.ts',
    "import { createApiHandlers } from '../../presentation/api/create-api-handlers.js';",
    OUTER,
  ],
  ['src/main/application/probe.ts', "import Database from 'better-sqlite3';", ADAPTERS],
  ['src/main/application/probe.ts', "import { app } from 'electron';", ADAPTERS],
  [
    'src/main/application/narration/probe.ts',
    "import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js';",
    ADAPTERS,
  ],
  [
    'src/renderer/src/probe.ts',
    "import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js';",
    NODE_PACKAGE,
  ],
  ['src/main/application/narration/probe.ts', "import OpenAI from 'openai';", ADAPTERS],
  ['src/main/application/probe.test.ts', "import { app } from 'electron';", ELECTRON],
  // Infrastructure: no presentation, no electron.
  [
    'src/main/infrastructure/storage/probe.ts',
    "import { runCli } from '../../presentation/cli/run-cli.js';",
    PRESENTATION,
  ],
  ['src/main/infrastructure/probe.ts', "import { app } from 'electron';", ELECTRON],
  // Only presentation/electron (and the preload) import electron.
  ['src/main/presentation/cli/probe.ts', "import { app } from 'electron';", ELECTRON],
  ['src/main/presentation/loopback/probe.ts', "import type { BrowserWindow } from 'electron';", ELECTRON],
  ['src/main/probe.ts', "import { app } from 'electron';", ELECTRON],
  ['test/service/probe.test.ts', "import { app } from 'electron';", ELECTRON],
  ['bench/probe.ts', "import { app } from 'electron';", ELECTRON],
  ['test/security/probe.test.ts', "import { safeStorage } from 'electron/main';", ELECTRON],
  // Outside src/core, the shared folders are named by their aliases, not by a climb of ../
  [
    'src/renderer/src/views/library/probe.tsx',
    "import type { ApiTypes } from '../../../../shared/api-types.js';",
    BY_ALIAS,
  ],
  ['src/remotion/composition/probe.tsx', "import { fitText } from '../../core/text-fit.js';", BY_ALIAS],
  [
    'src/main/infrastructure/providers/remotion/probe.ts',
    "import { sampleProps } from '../../../../remotion/sample-props.js';",
    BY_ALIAS,
  ],
  [
    'src/main/application/generation/probe.ts',
    "import { API_CALLS } from '../../../shared/api-contract.js';",
    BY_ALIAS,
  ],
];

/** Imports each layer does need: none of the fences may fire on them. */
const allowed: readonly (readonly [string, string])[] = [
  [
    'src/core/templates/probe.ts',
    "import { z } from 'zod';\nimport type { ChannelStyle } from '../channel.js';",
  ],
  [
    'src/core/timeline/probe.ts',
    "import type { VideoScript } from '../script.js';\nimport { secondsToFrames } from './frames.js';",
  ],
  [
    'src/core/probe.test.ts',
    "import fc from 'fast-check';\nimport { describe } from 'vitest';\nimport { countWords } from './timeline/count-words.js';",
  ],
  [
    'src/renderer/src/probe.tsx',
    "import { useState } from 'react';\nimport { VIDEO_QUALITIES } from '#core/video-quality.js';\nimport type { ApiTypes } from '#shared/api-types.js';\nimport { fitSceneText } from '#remotion/captions.js';",
  ],
  ['src/renderer/src/preview/remotion/probe.tsx', "import { Player } from '@remotion/player';"],
  [
    'src/renderer/src/probe.test.tsx',
    "import { readFileSync } from 'node:fs';\nimport { render } from '@testing-library/react';",
  ],
  [
    'src/shared/probe.ts',
    "import { z } from 'zod';\nimport type { VideoJob } from '#core/job.js';\nimport { MENU_CHANNEL } from './menu-commands.js';",
  ],
  [
    'src/preload/probe.ts',
    "import { contextBridge, ipcRenderer } from 'electron';\nimport { API_CALLS } from '../shared/api-contract.js';",
  ],
  [
    'src/remotion/probe.tsx',
    "import { AbsoluteFill } from 'remotion';\nimport { fade } from '@remotion/transitions/fade';\nimport { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';",
  ],
  ['src/remotion/probe.test.ts', "import { existsSync } from 'node:fs';"],
  [
    'src/main/application/probe.ts',
    "import type { VideoJob } from '#core/job.js';\nimport type { JobRepository } from './job.js';\nimport { randomUUID } from 'node:crypto';",
  ],
  [
    'src/main/infrastructure/storage/probe.ts',
    "import Database from 'better-sqlite3';\nimport type { JobRepository } from '../../application/job.js';\nimport { join } from 'node:path';",
  ],
  [
    'src/main/presentation/electron/probe.ts',
    "import { app, BrowserWindow } from 'electron';\nimport { MENU_CHANNEL } from '#shared/menu-commands.js';",
  ],
  [
    'src/main/presentation/cli/probe.ts',
    "import { readFile } from 'node:fs/promises';\nimport type { JobRepository } from '../../application/job.js';",
  ],
  ['src/main/application/probe.test.ts', "import Database from 'better-sqlite3';"],
  ['test/electron/probe.test.ts', "import type { MenuItemConstructorOptions } from 'electron';"],
  // Our own folder named electron is not the electron package.
  [
    'test/security/probe.test.ts',
    "import { secureDesktopData } from '../../src/main/presentation/electron/private-data.js';",
  ],
];

/** The licence fences (a different rule) still hold next to the layer fences. */
const licence: readonly (readonly [string, string, string])[] = [
  ['src/renderer/src/views/probe.tsx', "import { Player } from '@remotion/player';", LICENCE_REMOTION],
  ['src/main/application/probe.ts', "import { interpolate } from 'remotion';", LICENCE_REMOTION],
  [
    'src/main/infrastructure/providers/runway/probe.ts',
    "import ffmpeg from 'fluent-ffmpeg';",
    LICENCE_FFMPEG,
  ],
  // Start-up fence: a value import of a cloud SDK would load it for every command.
  ['src/main/infrastructure/narration/openai/probe.ts', "import OpenAI from 'openai';", LAZY_SDK],
  [
    'src/main/infrastructure/narration/probe.ts',
    "import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js';",
    LAZY_SDK,
  ],
  ['src/main/infrastructure/delivery/probe.ts', "import { S3Client } from '@aws-sdk/client-s3';", LAZY_SDK],
  ['src/main/infrastructure/providers/runway/probe.ts', "import RunwayML from '@runwayml/sdk';", LAZY_SDK],
];

/** Type imports of the same SDKs cost nothing at run time and stay allowed. */
const lazySdkTypes: readonly (readonly [string, string])[] = [
  ['src/main/infrastructure/delivery/probe.ts', "import type { S3Client } from '@aws-sdk/client-s3';"],
  ['src/main/infrastructure/narration/openai/probe.ts', "import type OpenAI from 'openai';"],
];

/** `import()` is fenced by its own rule: [file, code, expected message fragment or '' for allowed]. */
const dynamicImports: readonly (readonly [string, string, string])[] = [
  [
    'src/core/probe.ts',
    "export const load = () => import('./text-fit.js');",
    'src/core loads nothing at run time',
  ],
  [
    'src/renderer/src/probe.ts',
    "export const load = () => import('node:fs');",
    'no Node built-ins, electron',
  ],
  ['src/shared/probe.ts', "export const load = () => import('fs/promises');", 'no Node built-ins, electron'],
  ['src/remotion/probe.ts', "export const load = () => import('electron');", 'no Node built-ins, electron'],
  [
    'src/preload/probe.ts',
    "export const load = () => import('../main/presentation/electron/app-menu.js');",
    'no Node built-ins, electron',
  ],
  [
    'src/main/application/probe.ts',
    "export const load = () => import('../infrastructure/storage/index.js');",
    'loads no infrastructure or presentation',
  ],
  // Code splitting inside the page, and an SDK loaded on use by an adapter, stay allowed.
  [
    'src/renderer/src/preview/probe.ts',
    "export const load = () => import('./remotion/RemotionPreview.js');",
    '',
  ],
  ['src/main/infrastructure/narration/probe.ts', "export const load = () => import('openai');", ''],
];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

async function importMessages({ file, code }: Probe, ruleId: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: resolve(repoRoot, file) });
  expect(result?.messages.filter((m) => m.fatal)).toEqual([]);
  return (result?.messages ?? []).filter((m) => m.ruleId === ruleId).map((m) => m.message);
}

describe('layer fences (eslint.config.js)', () => {
  it.each(forbidden)('%s: %s is refused', async (file, code, expected) => {
    const messages = await importMessages({ file, code }, LAYER_RULE);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(expected);
  });

  it.each(allowed)('%s may import what it needs', async (file, code) => {
    expect(await importMessages({ file, code }, LAYER_RULE)).toEqual([]);
    expect(await importMessages({ file, code }, LICENCE_RULE)).toEqual([]);
  });

  it.each(licence)('%s: %s hits the licence fence', async (file, code, expected) => {
    const messages = await importMessages({ file, code }, LICENCE_RULE);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(expected);
  });

  it.each(dynamicImports)('%s: %s (import())', async (file, code, expected) => {
    const messages = await importMessages({ file, code }, DYNAMIC_RULE);
    if (expected === '') expect(messages).toEqual([]);
    else {
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain(expected);
    }
  });

  it.each(lazySdkTypes)('%s: %s (types only) passes', async (file, code) => {
    expect(await importMessages({ file, code }, LICENCE_RULE)).toEqual([]);
  });
});
