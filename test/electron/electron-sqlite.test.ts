// Issue 13, part 3: `npm start` gets better-sqlite3 for Electron into its own folder and hands it to
// the main process (`nativeBinding`), so the CLI's Node build is never rebuilt back and forth.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NativeModuleError } from '../../src/main/infrastructure/storage/errors.js';
import { openDatabase } from '../../src/main/infrastructure/storage/index.js';
import { createDesktopRuntime } from '../../src/main/desktop-runtime.js';
import { electronSqliteBinding as bindingForMain } from '../../src/main/presentation/electron/sqlite-binding.js';
import {
  electronSqliteBinding,
  fetchSqliteForElectron,
  launchCommand,
  planStart,
} from '../../scripts/electron-sqlite.mjs';
import { makeTempDir } from '../support/temp-dir.js';

const require = createRequire(import.meta.url);
const SQLITE_PACKAGE = dirname(require.resolve('better-sqlite3/package.json'));
/** The Node build the tests run on: a stand-in for the Electron one, loaded the same way. */
const NODE_BUILD = join(SQLITE_PACKAGE, 'build', 'Release', 'better_sqlite3.node');

describe('planStart', () => {
  it.each([
    [{ hasElectron: true, hasSqliteBinding: true }, ['launch']],
    [{ hasElectron: true, hasSqliteBinding: false }, ['fetch-sqlite-for-electron', 'launch']],
    [{ hasElectron: false, hasSqliteBinding: true }, ['install-electron', 'launch']],
    [
      { hasElectron: false, hasSqliteBinding: false },
      ['install-electron', 'fetch-sqlite-for-electron', 'launch'],
    ],
  ])('%j → %j', (state, steps) => {
    expect(planStart(state)).toEqual(steps);
  });
});

describe('launchCommand', () => {
  const common = {
    electronViteCli: '/app/node_modules/electron-vite/bin/electron-vite.js',
    binding: '/app/native/better-sqlite3-electron-41.0.0-linux-x64/better_sqlite3.node',
    env: { PATH: '/usr/bin', REELFORGE_SQLITE_BINDING: '/stale/one.node' },
    node: '/usr/bin/node',
  };

  it('runs the built app for `npm start` and the watcher for `npm run dev`, naming the Electron sqlite build', () => {
    expect(launchCommand({ ...common, mode: 'start' })).toEqual({
      command: '/usr/bin/node',
      args: [common.electronViteCli, 'preview'],
      env: { PATH: '/usr/bin', REELFORGE_SQLITE_BINDING: common.binding },
    });
    expect(launchCommand({ ...common, mode: 'dev', extraArgs: ['--inspect'] })?.args).toEqual([
      common.electronViteCli,
      'dev',
      '--inspect',
    ]);
  });

  it('has no command for an unknown mode (the script prints its usage)', () => {
    expect(launchCommand({ ...common, mode: 'deploy' })).toBeUndefined();
    expect(launchCommand({ ...common, mode: 'toString' })).toBeUndefined();
  });
});

describe('the Electron build of better-sqlite3', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('has a folder per Electron version, platform and architecture, outside node_modules', () => {
    expect(electronSqliteBinding('/app', '41.7.1', 'linux', 'x64')).toBe(
      '/app/native/better-sqlite3-electron-41.7.1-linux-x64/better_sqlite3.node',
    );
  });

  it('is fetched by prebuild-install in a copy of the package, never touching its Node build', () => {
    const destination = electronSqliteBinding(temp.path, '41.7.1');
    const before = readFileSync(NODE_BUILD);
    const calls: { args: readonly string[]; cwd: string }[] = [];
    const failure = fetchSqliteForElectron({
      packageDir: SQLITE_PACKAGE,
      electronVersion: '41.7.1',
      destination,
      run: (_command, args, options) => {
        calls.push({ args, cwd: options.cwd });
        // What prebuild-install does when it succeeds: the addon in the package's build folder.
        mkdirSync(join(options.cwd, 'build', 'Release'), { recursive: true });
        writeFileSync(join(options.cwd, 'build', 'Release', 'better_sqlite3.node'), 'electron addon');
        return { status: 0 };
      },
    });
    expect(failure).toBeUndefined();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args).toEqual(expect.arrayContaining(['--runtime', 'electron', '--target', '41.7.1']));
    expect(calls[0]!.cwd).not.toBe(SQLITE_PACKAGE);
    expect(readFileSync(destination, 'utf8')).toBe('electron addon');
    expect(existsSync(calls[0]!.cwd)).toBe(false);
    expect(readFileSync(NODE_BUILD).equals(before)).toBe(true);
  });

  it('says why when the download fails (offline), and leaves nothing behind', () => {
    const destination = electronSqliteBinding(temp.path, '41.7.1');
    const failure = fetchSqliteForElectron({
      packageDir: SQLITE_PACKAGE,
      electronVersion: '41.7.1',
      destination,
      run: () => ({ status: 1, stderr: 'prebuild-install warn install getaddrinfo ENOTFOUND github.com\n' }),
    });
    expect(failure).toMatch(
      /^prebuild-install could not fetch better-sqlite3 for Electron 41\.7\.1: .*ENOTFOUND/,
    );
    expect(existsSync(destination)).toBe(false);
    expect(existsSync(dirname(destination))).toBe(false);
  });

  it('opens the database through nativeBinding, and names a binding that cannot load', () => {
    const database = openDatabase(join(temp.path, 'reelforge.sqlite'), { nativeBinding: NODE_BUILD });
    expect(database.prepare('select count(*) as n from jobs').get()).toEqual({ n: 0 });
    database.close();
    const bogus = join(temp.path, 'not-an-addon.node');
    writeFileSync(bogus, 'not a shared library');
    expect(() => openDatabase(join(temp.path, 'other.sqlite'), { nativeBinding: bogus })).toThrow(
      NativeModuleError,
    );
    expect(() => openDatabase(join(temp.path, 'other.sqlite'), { nativeBinding: bogus })).toThrow(bogus);
  });

  it('reaches the main process: the desktop runtime opens its database with the binding npm start names', async () => {
    // What main.ts does with REELFORGE_SQLITE_BINDING, with the Node build standing in for Electron's.
    const binding = (env: NodeJS.ProcessEnv) =>
      bindingForMain({ env, isPackaged: false, resourcesPath: temp.path });
    const runtime = createDesktopRuntime({
      dataDir: join(temp.path, 'data'),
      env: {},
      transport: 'loopback',
      start: false,
      sqliteBinding: binding({ REELFORGE_SQLITE_BINDING: NODE_BUILD }),
    });
    expect(runtime.service.listJobs()).toEqual([]);
    await runtime.close();
    // A binding that cannot load stops the start with its path named: it was used, not ignored.
    const bogus = join(temp.path, 'electron-build.node');
    writeFileSync(bogus, 'not a shared library');
    const start = () =>
      createDesktopRuntime({
        dataDir: join(temp.path, 'data2'),
        env: {},
        transport: 'loopback',
        start: false,
        sqliteBinding: binding({ REELFORGE_SQLITE_BINDING: bogus }),
      });
    expect(start).toThrow(NativeModuleError);
    expect(start).toThrow(bogus);
  });
});
