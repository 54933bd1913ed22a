import os from 'node:os';
import path from 'node:path';

export interface PlatformInfo {
  readonly platform: NodeJS.Platform;
  readonly homeDir: string;
}

/**
 * The home folder. An empty HOME (some service managers and `env -i` shells set one) makes
 * os.homedir() return "", which would turn every default path relative to the working folder;
 * the account's home from the password database is used then, and the temp folder when the
 * account has none there either (a container running under an unlisted uid).
 */
export function homeDir(): string {
  const home = nonEmpty(os.homedir());
  if (home) return home;
  try {
    return nonEmpty(os.userInfo().homedir) ?? os.tmpdir();
  } catch {
    return os.tmpdir();
  }
}

const currentPlatform = (): PlatformInfo => ({ platform: process.platform, homeDir: homeDir() });

function pathFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

/**
 * Folder of the database and config.json: `REELFORGE_DATA_DIR` when set, else the platform's
 * per-user app-data folder:
 *   Linux    $XDG_CONFIG_HOME/reelforge, or ~/.config/reelforge
 *   macOS    ~/Library/Application Support/Reelforge
 *   Windows  %APPDATA%\Reelforge, or ~\AppData\Roaming\Reelforge
 * These are the folders Electron's app.getPath('userData') uses, except that Linux is lower-case
 * by convention; the Electron entry should call app.setPath('userData', resolveDataDir()) so the
 * CLI and the desktop app always share one database.
 */
export function resolveDataDir(
  env: NodeJS.ProcessEnv = process.env,
  host: PlatformInfo = currentPlatform(),
): string {
  const p = pathFor(host.platform);
  const explicit = nonEmpty(env.REELFORGE_DATA_DIR);
  if (explicit) return p.resolve(expandHome(explicit, host));
  switch (host.platform) {
    case 'darwin':
      return p.join(host.homeDir, 'Library', 'Application Support', 'Reelforge');
    case 'win32':
      return p.join(nonEmpty(env.APPDATA) ?? p.join(host.homeDir, 'AppData', 'Roaming'), 'Reelforge');
    default:
      return p.join(nonEmpty(env.XDG_CONFIG_HOME) ?? p.join(host.homeDir, '.config'), 'reelforge');
  }
}

/**
 * Where finished videos go when neither `VIDEO_STORAGE_PATH` nor `global.output_dir` says:
 * the user's videos folder — ~/Movies/Reelforge on macOS (the folder Finder calls Movies),
 * ~/Videos/Reelforge elsewhere. XDG user-dirs remapping is not read: it is rare, and the
 * setting exists for anyone who wants another folder.
 */
export function defaultOutputDir(host: PlatformInfo = currentPlatform()): string {
  const p = pathFor(host.platform);
  return p.join(host.homeDir, host.platform === 'darwin' ? 'Movies' : 'Videos', 'Reelforge');
}

/** Expands a leading "~" to the home folder; other paths are returned unchanged. */
export function expandHome(value: string, host: PlatformInfo = currentPlatform()): string {
  if (value === '~') return host.homeDir;
  if (value.startsWith('~/') || value.startsWith('~\\'))
    return pathFor(host.platform).join(host.homeDir, value.slice(2));
  return value;
}

/** An absolute path: "~" expanded, relative paths taken from `baseDir`. */
export function resolveUserPath(
  value: string,
  baseDir: string,
  host: PlatformInfo = currentPlatform(),
): string {
  return pathFor(host.platform).resolve(baseDir, expandHome(value, host));
}
