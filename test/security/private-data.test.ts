// Issue 12, item 5: the data folder holds the render history, config and encrypted keys. It is
// 0700 and the database with its WAL and SHM files 0600 — on a fresh folder and on one an older
// version left 0755 / 0644 — through the desktop runtime and through the CLI.
import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesktopRuntime } from '../../src/main/desktop-runtime.js';
import { isSharedFolder } from '../../src/main/infrastructure/files/private-paths.js';
import { DEFAULT_DATABASE_FILE, openDatabase } from '../../src/main/infrastructure/storage/index.js';
import { secureDesktopData } from '../../src/main/presentation/electron/private-data.js';
import { runCli } from '../support/run-cli.js';
import { makeTempDir } from '../support/temp-dir.js';
import { AIR_SCRIPT } from './desktop-fixture.js';

const mode = (path: string) => statSync(path).mode & 0o777;
const DB_FILES = ['', '-wal', '-shm'].map((suffix) => `${DEFAULT_DATABASE_FILE}${suffix}`);

function expectPrivate(dataDir: string): void {
  expect(mode(dataDir).toString(8)).toBe('700');
  for (const name of DB_FILES) {
    expect(existsSync(join(dataDir, name)), name).toBe(true);
    expect(mode(join(dataDir, name)).toString(8), name).toBe('600');
  }
}

/** A data folder as an older version left it: 0755, database, WAL and SHM 0644, config 0644. */
function worldReadableDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'config.json'), '{}');
  const db = openDatabase(join(dataDir, DEFAULT_DATABASE_FILE));
  // Files as they are while a peer holds the database open (WAL and SHM both present).
  db.exec('CREATE TABLE IF NOT EXISTS probe (x)');
  for (const name of [...DB_FILES, 'config.json']) chmodSync(join(dataDir, name), 0o644);
  chmodSync(dataDir, 0o755);
  db.close();
  // Closing the last connection removes WAL and SHM; put world-readable ones back.
  for (const name of DB_FILES.slice(1)) {
    if (!existsSync(join(dataDir, name))) writeFileSync(join(dataDir, name), '', { mode: 0o644 });
    chmodSync(join(dataDir, name), 0o644);
  }
  expect(mode(dataDir).toString(8)).toBe('755');
}

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('reelforge-private-');
});
afterEach(() => temp.cleanup());

async function renderThroughDesktopRuntime(dataDir: string): Promise<void> {
  const runtime = createDesktopRuntime({
    dataDir,
    env: { VIDEO_STORAGE_PATH: join(temp.path, 'videos') },
    transport: 'loopback',
  });
  try {
    const job = await runtime.service.generateVideo(
      { kind: 'text', content: AIR_SCRIPT, name: 'air.json' },
      { provider: 'mock' },
    );
    expect(job.status).toBe('completed');
    // Checked while the database is open: WAL and SHM exist only then.
    expectPrivate(dataDir);
  } finally {
    await runtime.close();
  }
}

describe('desktop runtime: the data folder is private', () => {
  it('creates a fresh data folder 0700 with database, WAL and SHM 0600', async () => {
    const dataDir = join(temp.path, 'fresh', 'reelforge');
    await renderThroughDesktopRuntime(dataDir);
    // The parent is not ours: it gets the usual permissions, like any folder made under this umask.
    mkdirSync(join(temp.path, 'usual'));
    expect(mode(join(temp.path, 'fresh'))).toBe(mode(join(temp.path, 'usual')));
  });

  it('tightens an existing 0755 folder, a 0644 database, WAL, SHM and config.json on open', async () => {
    const dataDir = join(temp.path, 'old');
    worldReadableDataDir(dataDir);
    await renderThroughDesktopRuntime(dataDir);
    expect(mode(join(dataDir, 'config.json')).toString(8)).toBe('600');
  });

  it('makes the Electron session folder, secrets.json and window-state.json private', () => {
    const dataDir = join(temp.path, 'desktop');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    for (const name of ['secrets.json', 'window-state.json']) {
      writeFileSync(join(dataDir, name), '{}');
      chmodSync(join(dataDir, name), 0o644);
    }
    mkdirSync(join(dataDir, 'electron'));
    chmodSync(join(dataDir, 'electron'), 0o755);

    expect(secureDesktopData(dataDir)).toBe(join(dataDir, 'electron'));
    expect(mode(dataDir).toString(8)).toBe('700');
    expect(mode(join(dataDir, 'electron')).toString(8)).toBe('700');
    expect(mode(join(dataDir, 'secrets.json')).toString(8)).toBe('600');
    expect(mode(join(dataDir, 'window-state.json')).toString(8)).toBe('600');
  });

  it('never re-permissions a home, root or temp folder named as the data folder', () => {
    expect(isSharedFolder(homedir())).toBe(true);
    expect(isSharedFolder('/home', '/home/ana')).toBe(true);
    expect(isSharedFolder('/', '/home/ana')).toBe(true);
    expect(isSharedFolder(tmpdir())).toBe(true);
    expect(isSharedFolder('/home/ana/.config/reelforge', '/home/ana')).toBe(false);
    expect(isSharedFolder('/home/anabel', '/home/ana')).toBe(false);
    expect(isSharedFolder('/srv/reelforge', '/home/ana')).toBe(false);
  });
});

describe('CLI: the data folder is private', () => {
  const env = (dataDir: string) => ({
    REELFORGE_DATA_DIR: dataDir,
    VIDEO_STORAGE_PATH: join(temp.path, 'videos'),
  });

  it('creates a fresh data folder 0700 with a 0600 database', async () => {
    const dataDir = join(temp.path, 'cli-fresh');
    const run = await runCli(['history', '--json'], env(dataDir));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(mode(dataDir).toString(8)).toBe('700');
    expect(mode(join(dataDir, DEFAULT_DATABASE_FILE)).toString(8)).toBe('600');
  });

  it('tightens an existing 0755 folder and 0644 database, WAL and SHM', async () => {
    const dataDir = join(temp.path, 'cli-old');
    worldReadableDataDir(dataDir);
    const run = await runCli(['history', '--json'], env(dataDir));
    expect(run.code).toBe(0);
    expect(mode(dataDir).toString(8)).toBe('700');
    for (const name of DB_FILES) {
      // SQLite removes WAL and SHM when the last connection closes; any left are private.
      if (existsSync(join(dataDir, name))) expect(mode(join(dataDir, name)).toString(8), name).toBe('600');
    }
    expect(mode(join(dataDir, DEFAULT_DATABASE_FILE)).toString(8)).toBe('600');
  });
});
