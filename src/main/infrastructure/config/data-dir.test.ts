import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOutputDir, expandHome, homeDir, resolveDataDir, resolveUserPath } from './data-dir.js';

const linux = { platform: 'linux', homeDir: '/home/ana' } as const;
const mac = { platform: 'darwin', homeDir: '/Users/ana' } as const;
const windows = { platform: 'win32', homeDir: 'C:\\Users\\ana' } as const;

describe('resolveDataDir', () => {
  it('prefers REELFORGE_DATA_DIR on every platform', () => {
    expect(resolveDataDir({ REELFORGE_DATA_DIR: '/data/rf' }, linux)).toBe('/data/rf');
    expect(resolveDataDir({ REELFORGE_DATA_DIR: '/data/rf' }, mac)).toBe('/data/rf');
  });

  it('makes a relative or ~ REELFORGE_DATA_DIR absolute', () => {
    expect(resolveDataDir({ REELFORGE_DATA_DIR: 'rf-data' }, linux)).toBe(path.resolve('rf-data'));
    expect(resolveDataDir({ REELFORGE_DATA_DIR: '~/rf' }, linux)).toBe('/home/ana/rf');
  });

  it('ignores an empty REELFORGE_DATA_DIR', () => {
    expect(resolveDataDir({ REELFORGE_DATA_DIR: ' ' }, linux)).toBe('/home/ana/.config/reelforge');
  });

  it('uses XDG_CONFIG_HOME, else ~/.config, on Linux', () => {
    expect(resolveDataDir({}, linux)).toBe('/home/ana/.config/reelforge');
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/xdg' }, linux)).toBe('/xdg/reelforge');
  });

  it('uses Application Support on macOS', () => {
    expect(resolveDataDir({}, mac)).toBe('/Users/ana/Library/Application Support/Reelforge');
  });

  it('uses APPDATA, else AppData\\Roaming, on Windows', () => {
    expect(resolveDataDir({ APPDATA: 'D:\\Roaming' }, windows)).toBe('D:\\Roaming\\Reelforge');
    expect(resolveDataDir({}, windows)).toBe('C:\\Users\\ana\\AppData\\Roaming\\Reelforge');
  });

  it('defaults to the current user and platform', () => {
    if (process.platform === 'linux') {
      expect(resolveDataDir({})).toBe(path.join(os.homedir(), '.config', 'reelforge'));
    }
    expect(path.isAbsolute(resolveDataDir({}))).toBe(true);
  });
});

describe('defaultOutputDir', () => {
  it('is Videos/Reelforge, or Movies/Reelforge on macOS', () => {
    expect(defaultOutputDir(linux)).toBe('/home/ana/Videos/Reelforge');
    expect(defaultOutputDir(mac)).toBe('/Users/ana/Movies/Reelforge');
    expect(defaultOutputDir(windows)).toBe('C:\\Users\\ana\\Videos\\Reelforge');
  });
});

describe('user paths', () => {
  it('expands only a leading ~', () => {
    expect(expandHome('~', linux)).toBe('/home/ana');
    expect(expandHome('~/out', linux)).toBe('/home/ana/out');
    expect(expandHome('/a/~/b', linux)).toBe('/a/~/b');
  });

  it('resolves relative paths from the base folder', () => {
    expect(resolveUserPath('videos', '/data/rf', linux)).toBe('/data/rf/videos');
    expect(resolveUserPath('/abs', '/data/rf', linux)).toBe('/abs');
    expect(resolveUserPath('~/v', '/data/rf', linux)).toBe('/home/ana/v');
  });
});

describe('homeDir', () => {
  it('falls back to the account home when HOME is empty, so default paths stay absolute', () => {
    const saved = process.env['HOME'];
    process.env['HOME'] = '';
    try {
      expect(homeDir()).toBe(os.userInfo().homedir);
      expect(path.isAbsolute(defaultOutputDir())).toBe(true);
      expect(path.isAbsolute(resolveDataDir({}))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env['HOME'];
      else process.env['HOME'] = saved;
    }
  });
});
