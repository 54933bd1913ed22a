// better-sqlite3 for Electron, beside (never instead of) the Node build the CLI and tests use.
// The desktop app's main process loads it through better-sqlite3's `nativeBinding` option, given
// by `npm start` in REELFORGE_SQLITE_BINDING, so one checkout runs both without rebuilding back
// and forth. Fetching it needs the network (prebuilt binaries come from GitHub).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Where `npm run package` stages the Electron build for the installer (see electron-builder.config.cjs). */
export const PACKAGED_SQLITE_BINDING = 'native/package/better_sqlite3.node';

/** Its name among the packaged app's resources (process.resourcesPath). */
export const PACKAGED_SQLITE_RESOURCE = 'better_sqlite3.node';

/** Where the Electron build of better-sqlite3 lives for one Electron version and machine. */
export function electronSqliteBinding(
  root,
  electronVersion,
  platform = process.platform,
  arch = process.arch,
) {
  return join(
    root,
    'native',
    `better-sqlite3-electron-${electronVersion}-${platform}-${arch}`,
    'better_sqlite3.node',
  );
}

/**
 * What `npm start` must do, in order: get the Electron binary when it is missing, get
 * better-sqlite3 for that Electron when its build is missing, then launch.
 */
export function planStart({ hasElectron, hasSqliteBinding }) {
  const steps = [];
  if (!hasElectron) steps.push('install-electron');
  if (!hasSqliteBinding) steps.push('fetch-sqlite-for-electron');
  steps.push('launch');
  return steps;
}

/** electron-vite's command for each `npm` script: `npm start` runs the built app, `npm run dev` watches. */
const LAUNCH_MODES = { start: ['preview'], dev: ['dev'] };

/**
 * The command `npm start` (mode `start`) or `npm run dev` (mode `dev`) ends with: electron-vite
 * under this Node, its options passed through, and the Electron build of better-sqlite3 named for
 * the main process in REELFORGE_SQLITE_BINDING. Undefined for an unknown mode.
 */
export function launchCommand({ mode, electronViteCli, binding, extraArgs = [], env, node }) {
  if (!Object.hasOwn(LAUNCH_MODES, mode)) return undefined;
  return {
    command: node,
    args: [electronViteCli, ...LAUNCH_MODES[mode], ...extraArgs],
    env: { ...env, REELFORGE_SQLITE_BINDING: binding },
  };
}

/**
 * Fetches better-sqlite3's prebuilt addon for `electronVersion` into `destination`: in a copy of
 * the package (prebuild-install writes into the package's own build folder, which holds the Node
 * build), then moved into place under a temp name. Returns undefined, or why it failed.
 */
export function fetchSqliteForElectron({ packageDir, electronVersion, destination, run = spawnSync }) {
  const work = mkdtempSync(join(tmpdir(), 'reelforge-sqlite-electron-'));
  try {
    // prebuild-install needs only the package's name, version and binary settings.
    const copy = join(work, 'better-sqlite3');
    mkdirSync(copy);
    cpSync(join(packageDir, 'package.json'), join(copy, 'package.json'));
    const prebuild = join(dirname(packageDir), 'prebuild-install', 'bin.js');
    const result = run(
      process.execPath,
      [
        prebuild,
        '--runtime',
        'electron',
        '--target',
        electronVersion,
        '--arch',
        process.arch,
        '--platform',
        process.platform,
      ],
      { cwd: copy, stdio: 'pipe', encoding: 'utf8', timeout: 180_000 },
    );
    const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (result.status !== 0 || !existsSync(built)) {
      const detail = `${result.stderr ?? ''}`.trim().split('\n').pop() ?? '';
      return `prebuild-install could not fetch better-sqlite3 for Electron ${electronVersion}${detail ? `: ${detail}` : ''}`;
    }
    mkdirSync(dirname(destination), { recursive: true });
    const partial = `${destination}.partial`;
    cpSync(built, partial);
    renameSync(partial, destination);
    return undefined;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
