#!/usr/bin/env node
// `npm start` / `npm run dev`: runs the desktop app through electron-vite, after making sure the
// Electron binary exists. Offline installs skip Electron's download (package.json allowScripts),
// so the first start tries to fetch it; when that fails too, one message names the ways to use
// Reelforge without Electron.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  electronSqliteBinding,
  fetchSqliteForElectron,
  launchCommand,
  planStart,
} from './electron-sqlite.mjs';

const require = createRequire(import.meta.url);

/** The Electron version this checkout installed (its package, whether or not the binary is there). */
function electronVersion() {
  return require('electron/package.json').version;
}

/** Where this Electron's better-sqlite3 build goes (see electron-sqlite.mjs). */
function sqliteBinding() {
  return electronSqliteBinding(root, electronVersion());
}

/** The Electron executable path, or undefined when the binary was never downloaded. */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Runs Electron's own installer (downloads the binary); quiet unless it succeeds. */
function tryInstallElectron() {
  let installer;
  try {
    installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return false;
  }
  console.log('Electron binary missing: downloading it (node node_modules/electron/install.js)…');
  const result = spawnSync(process.execPath, [installer], { stdio: 'pipe', timeout: 180_000 });
  return result.status === 0 && electronBinary() !== undefined;
}

const mode = process.argv[2];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const launch = launchCommand({
  mode,
  electronViteCli: join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'),
  binding: sqliteBinding(),
  extraArgs: process.argv.slice(3),
  env: process.env,
  node: process.execPath,
});
if (launch === undefined) {
  console.error(`usage: node scripts/start.mjs <start|dev> [electron-vite options]`);
  process.exit(2);
}

const steps = planStart({
  hasElectron: electronBinary() !== undefined,
  hasSqliteBinding: existsSync(sqliteBinding()),
});

if (steps.includes('install-electron') && !tryInstallElectron()) {
  console.error(
    [
      'Reelforge: the Electron binary is not installed and could not be downloaded (offline?).',
      'Without it you can still use Reelforge:',
      '  npm run web                           the same UI in your browser, served on 127.0.0.1',
      '  npm run reelforge -- render <script>  the command line',
      'To get the desktop app, run `node node_modules/electron/install.js` on a connected machine.',
    ].join('\n'),
  );
  process.exit(1);
}

// The Node build of better-sqlite3 stays where it is (the CLI and tests use it); Electron's own
// build is fetched once into native/ and handed to the main process.
const binding = sqliteBinding();
if (steps.includes('fetch-sqlite-for-electron')) {
  console.log(`Fetching better-sqlite3 for Electron ${electronVersion()} into ${binding}…`);
  const failure = fetchSqliteForElectron({
    packageDir: dirname(require.resolve('better-sqlite3/package.json')),
    electronVersion: electronVersion(),
    destination: binding,
  });
  if (failure) {
    console.error(
      `Reelforge: ${failure}.\nIt needs network access once; the CLI and \`npm run web\` work without it.`,
    );
    process.exit(1);
  }
}

const child = spawn(launch.command, launch.args, { stdio: 'inherit', env: launch.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
