#!/usr/bin/env node
// `npm start` / `npm run dev`: runs the desktop app through electron-vite, after making sure the
// Electron binary exists. Offline installs skip Electron's download (package.json allowScripts),
// so the first start tries to fetch it; when that fails too, one message names the ways to use
// Reelforge without Electron.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const MODES = { start: ['preview'], dev: ['dev'] };

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
if (!(mode in MODES)) {
  console.error(`usage: node scripts/start.mjs <start|dev> [electron-vite options]`);
  process.exit(2);
}

if (!electronBinary() && !tryInstallElectron()) {
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

const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [cli, ...MODES[mode], ...process.argv.slice(3)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
