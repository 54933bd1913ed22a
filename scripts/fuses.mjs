#!/usr/bin/env node
// Electron Fuses for the packaged app (issue 12; https://www.electronjs.org/docs/latest/tutorial/fuses):
// switches compiled into the Electron binary that no environment variable or flag can turn back.
//
//   node scripts/fuses.mjs <packaged Electron binary, or the .app on macOS>
//   electron-builder: "afterPack": "scripts/fuses.mjs"   (the default export below)
//
// Packaging (electron-builder downloads Electron) needs a connected machine; this script only
// flips the fuses of a binary that is already there, and refuses clearly when there is none.
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What every packaged Reelforge must have, by @electron/fuses' FuseV1Options names. */
export const REQUIRED_FUSES = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node.js that runs any script.
  RunAsNode: false,
  // NODE_OPTIONS (--require, --import…) would inject code into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk would open a debugger on the main process.
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the hash recorded at packaging time (macOS, Windows).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is loaded, never a loose app/ folder placed beside it.
  OnlyLoadAppFromAsar: true,
  // Cookies and local storage are encrypted with the OS keychain key.
  EnableCookieEncryption: true,
  // The page is served on app://, so file:// needs none of its legacy extra privileges.
  GrantFileProtocolExtraPrivileges: false,
});

export class FuseError extends Error {}

/** The `flipFuses` configuration for `REQUIRED_FUSES`, given @electron/fuses' enums. */
export function fuseConfig(FuseVersion, FuseV1Options) {
  const config = { version: FuseVersion.V1 };
  for (const [name, value] of Object.entries(REQUIRED_FUSES)) {
    const index = FuseV1Options[name];
    if (typeof index !== 'number')
      throw new FuseError(`@electron/fuses does not know the fuse ${name}: update it (package.json)`);
    config[index] = value;
  }
  return config;
}

/** The packaged Electron binary in an electron-builder output folder. */
export function packagedBinary({ appOutDir, platform, productFilename, executableName }) {
  if (platform === 'darwin' || platform === 'mas') return join(appOutDir, `${productFilename}.app`);
  if (platform === 'win32') return join(appOutDir, `${productFilename}.exe`);
  return join(appOutDir, executableName ?? productFilename);
}

/** The development copy in node_modules/electron: fusing it would break `npm start`/`npm run dev`. */
function isDevelopmentElectron(binary) {
  const require = createRequire(import.meta.url);
  let devDist;
  try {
    devDist = realpathSync(join(resolve(require.resolve('electron/package.json'), '..'), 'dist'));
  } catch {
    return false;
  }
  const target = realpathSync(binary);
  return target === devDist || target.startsWith(devDist + sep);
}

/** Flips the fuses of the Electron binary (or macOS .app) at `binary`. */
export async function applyFuses(binary, { platform = process.platform, arch = process.arch } = {}) {
  if (!binary) throw new FuseError('name the packaged Electron binary (or the .app on macOS) to fuse');
  if (!existsSync(binary)) {
    throw new FuseError(
      `no Electron binary at ${binary}: package the app first (electron-builder downloads Electron, ` +
        'so packaging needs a connected machine)',
    );
  }
  if (isDevelopmentElectron(binary)) {
    throw new FuseError(
      `${binary} is the development Electron in node_modules: fuses are for a packaged app ` +
        '(OnlyLoadAppFromAsar would stop `npm start` and `npm run dev`)',
    );
  }
  const { flipFuses, FuseVersion, FuseV1Options } = await import('@electron/fuses');
  try {
    await flipFuses(binary, {
      ...fuseConfig(FuseVersion, FuseV1Options),
      // Flipping fuses invalidates an ad-hoc signature; Apple silicon refuses unsigned binaries.
      resetAdHocDarwinSignature: platform === 'darwin' && arch === 'arm64',
    });
  } catch (error) {
    throw new FuseError(
      `cannot set the fuses of ${binary}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** electron-builder's afterPack hook. */
export default async function afterPack(context) {
  const arch =
    typeof context.arch === 'number'
      ? { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64' }[context.arch]
      : context.arch;
  await applyFuses(
    packagedBinary({
      appOutDir: context.appOutDir,
      platform: context.electronPlatformName,
      productFilename: context.packager.appInfo.productFilename,
      executableName: context.packager.executableName,
    }),
    { platform: context.electronPlatformName, arch },
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    await applyFuses(process.argv[2]);
    console.log(`fuses set on ${process.argv[2]}: ${JSON.stringify(REQUIRED_FUSES)}`);
  } catch (error) {
    if (!(error instanceof FuseError)) throw error;
    console.error(`reelforge fuses: ${error.message}`);
    console.error('usage: node scripts/fuses.mjs <packaged Electron binary, or the .app on macOS>');
    process.exit(1);
  }
}
