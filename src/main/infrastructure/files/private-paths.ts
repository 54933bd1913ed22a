import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The data folder holds the history, config and (encrypted) keys: only its owner may enter. */
export const PRIVATE_FOLDER_MODE = 0o700;
/** The database, its WAL and shared-memory files, config.json, secrets.json. */
export const PRIVATE_FILE_MODE = 0o600;

/** POSIX permission bits mean little on Windows (chmod only toggles read-only there). */
const usesModeBits = process.platform !== 'win32';

/** The home folder, from the account database when HOME is empty; "" when there is none. */
function homeFolder(): string {
  const home = os.homedir();
  if (home.trim() !== '') return home;
  try {
    return os.userInfo().homedir;
  } catch {
    return '';
  }
}

/**
 * chmod failures that mean the file is not ours to change — another account's file (EPERM) or a
 * read-only disk (EROFS) — are left as they are: the data is then as private as its owner made it.
 */
function notOurs(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'EPERM' || code === 'EROFS';
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/**
 * Folders that are never ours to tighten even when named as the data folder
 * (`REELFORGE_DATA_DIR=~` or `/tmp`): a filesystem root, the home folder or one of its
 * ancestors, and the temp folder. Tightening them would lock other programs or users out.
 */
export function isSharedFolder(dir: string, homeDir: string = homeFolder(), tempDir = os.tmpdir()): boolean {
  const resolved = path.resolve(dir);
  if (path.parse(resolved).root === resolved) return true;
  if (resolved === path.resolve(tempDir)) return true;
  if (homeDir === '') return false;
  const fromFolder = path.relative(resolved, path.resolve(homeDir));
  // The home folder itself ("") or a folder above it (a relative path without "..").
  return fromFolder === '' || (!fromFolder.startsWith('..') && !path.isAbsolute(fromFolder));
}

/**
 * Creates `dir` (parents as usual, the folder itself 0700) and, when it already existed with
 * wider permissions, tightens it to 0700 — our data folder, opened on every start. A shared
 * folder (see `isSharedFolder`) is created when missing but never re-permissioned.
 */
export function ensurePrivateFolder(dir: string): void {
  const resolved = path.resolve(dir);
  createPrivateFolder(resolved);
  if (!usesModeBits || isSharedFolder(resolved)) return;
  const { mode } = fs.statSync(resolved);
  try {
    if ((mode & 0o777) !== PRIVATE_FOLDER_MODE) fs.chmodSync(resolved, PRIVATE_FOLDER_MODE);
  } catch (error) {
    if (!notOurs(error)) throw error;
  }
}

/**
 * Creates `dir` when missing: its parents with the usual permissions, the folder itself 0700
 * (mkdir's mode is masked by the umask, which only removes bits). An existing folder is left as
 * it is — use `ensurePrivateFolder` for the data folder.
 */
export function createPrivateFolder(dir: string): void {
  const resolved = path.resolve(dir);
  fs.mkdirSync(path.dirname(resolved), { recursive: true });
  try {
    fs.mkdirSync(resolved, { mode: PRIVATE_FOLDER_MODE });
  } catch (error) {
    // Something already there: fine when it is a folder (or a link to one).
    if (errorCode(error) !== 'EEXIST' || !fs.statSync(resolved).isDirectory()) throw error;
  }
}

/** Sets `file` to 0600 when it exists (a missing file is fine: SQLite may not have made it yet). */
export function makeFilePrivate(file: string): void {
  if (!usesModeBits) return;
  try {
    const { mode } = fs.statSync(file);
    if ((mode & 0o777) !== PRIVATE_FILE_MODE) fs.chmodSync(file, PRIVATE_FILE_MODE);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT' && !notOurs(error)) throw error;
  }
}

/** Creates `file` empty with mode 0600 when missing, then makes sure it is 0600 (umask-proof). */
export function ensurePrivateFile(file: string): void {
  try {
    fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE));
  } catch (error) {
    // Already there, or a folder we may not write to: whoever opens the file next reports that.
    if (!['EEXIST', 'EACCES', 'EPERM', 'EROFS'].includes(errorCode(error) ?? '')) throw error;
  }
  makeFilePrivate(file);
}
