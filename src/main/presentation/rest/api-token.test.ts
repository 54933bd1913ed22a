import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { API_TOKEN_FILE, resolveApiToken } from './api-token.js';
import { isLoopbackAddress } from './serve-host.js';

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'reelforge-token-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('resolveApiToken', () => {
  it('generates a token once, stores it 0600, and reads it back on the next start', () => {
    const dir = dataDir();
    const first = resolveApiToken(dir, {});
    expect(first.source).toBe('generated');
    expect(Buffer.from(first.token, 'base64url')).toHaveLength(32);
    const path = join(dir, API_TOKEN_FILE);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8').trim()).toBe(first.token);
    expect(resolveApiToken(dir, {})).toEqual({ token: first.token, source: 'file', path });
  });

  it('prefers REELFORGE_API_TOKEN and refuses a short or spaced one', () => {
    const dir = dataDir();
    writeFileSync(join(dir, API_TOKEN_FILE), 'stored-token-stored-token\n');
    expect(resolveApiToken(dir, { REELFORGE_API_TOKEN: 'from-env-0123456789' })).toEqual({
      token: 'from-env-0123456789',
      source: 'env',
    });
    expect(() => resolveApiToken(dir, { REELFORGE_API_TOKEN: 'short' })).toThrow(/at least 16/);
    expect(() => resolveApiToken(dir, { REELFORGE_API_TOKEN: 'has a space in it here' })).toThrow(
      /without spaces/,
    );
  });
});

describe('isLoopbackAddress', () => {
  it('accepts only addresses this computer alone reaches', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1'])
      expect(isLoopbackAddress(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.5', '10.0.0.1', 'example.com', '128.0.0.1']) {
      expect(isLoopbackAddress(host), host).toBe(false);
    }
  });
});
