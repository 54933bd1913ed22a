// Electron Fuses for the packaged app (issue 12): the settings, and scripts/fuses.mjs, which
// flips them at packaging time and refuses clearly when there is no Electron binary to fuse.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyFuses, fuseConfig, packagedBinary, REQUIRED_FUSES } from '../../scripts/fuses.mjs';
import { makeTempDir } from '../support/temp-dir.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLE = 49; // '1'
const DISABLE = 48; // '0'

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('reelforge-fuses-');
});
afterEach(() => temp.cleanup());

/** A stand-in binary with Electron's fuse wire: V1, 8 fuses, every one at Electron's default. */
function fakeElectron(): string {
  const path = join(temp.path, 'reelforge');
  const wire = Buffer.from([1, 8, ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE]);
  writeFileSync(
    path,
    Buffer.concat([Buffer.from('\x7fELF…code…'), Buffer.from(SENTINEL), wire, Buffer.from('…')]),
  );
  return path;
}

describe('REQUIRED_FUSES', () => {
  it('turns off RunAsNode, NODE_OPTIONS and --inspect; turns on asar integrity and asar-only loading', () => {
    expect(REQUIRED_FUSES['RunAsNode']).toBe(false);
    expect(REQUIRED_FUSES['EnableNodeOptionsEnvironmentVariable']).toBe(false);
    expect(REQUIRED_FUSES['EnableNodeCliInspectArguments']).toBe(false);
    expect(REQUIRED_FUSES['EnableEmbeddedAsarIntegrityValidation']).toBe(true);
    expect(REQUIRED_FUSES['OnlyLoadAppFromAsar']).toBe(true);
    expect(REQUIRED_FUSES['EnableCookieEncryption']).toBe(true);
    expect(REQUIRED_FUSES['GrantFileProtocolExtraPrivileges']).toBe(false);
  });

  it('maps onto the installed @electron/fuses options, every name known', () => {
    const config = fuseConfig(FuseVersion, FuseV1Options);
    expect(config['version']).toBe(FuseVersion.V1);
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(() => fuseConfig(FuseVersion, { RunAsNode: 0 })).toThrow(/does not know the fuse/);
  });
});

describe('applyFuses', () => {
  it('writes the required fuses into the binary', async () => {
    const binary = fakeElectron();
    await applyFuses(binary, { platform: 'linux', arch: 'x64' });
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
    // Untouched: no setting for the V8 snapshot fuse.
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(DISABLE);
  });

  it('refuses a file that is not an Electron binary, naming it', async () => {
    const path = join(temp.path, 'not-electron');
    writeFileSync(path, 'just text');
    await expect(applyFuses(path)).rejects.toThrow(
      `cannot set the fuses of ${path}: Could not find sentinel`,
    );
    expect(readFileSync(path, 'utf8')).toBe('just text');
  });

  it('finds the packaged binary electron-builder wrote', () => {
    const base = { appOutDir: '/out', productFilename: 'Reelforge', executableName: 'reelforge' };
    expect(packagedBinary({ ...base, platform: 'linux' })).toBe('/out/reelforge');
    expect(packagedBinary({ ...base, platform: 'win32' })).toBe('/out/Reelforge.exe');
    expect(packagedBinary({ ...base, platform: 'darwin' })).toBe('/out/Reelforge.app');
  });
});

describe('node scripts/fuses.mjs', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/fuses.mjs', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('refuses clearly when there is no Electron binary: one message, exit 1, no stack trace', () => {
    const missing = join(temp.path, 'dist', 'reelforge');
    const result = run(missing);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`reelforge fuses: no Electron binary at ${missing}`);
    expect(result.stderr).toContain('needs a connected machine');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('asks for the binary when none is named', () => {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('name the packaged Electron binary');
  });

  it('fuses a binary named on the command line', async () => {
    const binary = fakeElectron();
    const result = run(binary);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect((await getCurrentFuseWire(binary))[FuseV1Options.RunAsNode]).toBe(DISABLE);
  });
});
