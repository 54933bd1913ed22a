#!/usr/bin/env node
// `npm run package`: installers for this platform with electron-builder, on a connected machine
// (it downloads Electron and its tools). better-sqlite3 goes in as the Electron build `npm start`
// uses (native/), beside the app as a resource: node_modules keeps the Node build for the CLI,
// where electron-builder's own rebuild would overwrite it in this checkout.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  electronSqliteBinding,
  fetchSqliteForElectron,
  PACKAGED_SQLITE_BINDING,
} from './electron-sqlite.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = require('electron/package.json').version;
const binding = electronSqliteBinding(root, electronVersion);

if (!existsSync(binding)) {
  const failure = fetchSqliteForElectron({
    packageDir: dirname(require.resolve('better-sqlite3/package.json')),
    electronVersion,
    destination: binding,
  });
  if (failure) {
    console.error(`Reelforge: ${failure}. Packaging needs network access.`);
    process.exit(1);
  }
}
const staged = join(root, PACKAGED_SQLITE_BINDING);
mkdirSync(dirname(staged), { recursive: true });
cpSync(binding, staged);

const builder = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js');
const result = spawnSync(
  process.execPath,
  [builder, '--config', 'electron-builder.config.cjs', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
