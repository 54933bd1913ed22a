#!/usr/bin/env node
// `npm run reelforge -- <command>`: the built CLI when it is newer than its sources (built by
// `npm install` and `npm run build`; see cli-freshness.mjs), else the TypeScript sources through
// tsx, so a change to them counts at once. Either way the same process runs the command.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILT_CLI, builtCliIsFresh } from './cli-freshness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (builtCliIsFresh(root)) {
  await import(pathToFileURL(join(root, BUILT_CLI)).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src/main/presentation/cli/entry.ts')).href);
}
