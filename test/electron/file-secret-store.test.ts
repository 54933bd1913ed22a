import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  FileSecretStore,
  type StringCipher,
} from '../../src/main/presentation/electron/file-secret-store.js';
import { useTempDirPerTest } from '../support/temp-dir.js';

/**
 * Stands in for safeStorage (the OS keychain cannot run here): a reversible transform so the
 * test can see that what lands on disk is the cipher's output, never the plain key.
 */
function xorCipher(available = true): StringCipher {
  const flip = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ 0x5a));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => flip(Buffer.from(text, 'utf8')),
    decryptString: (data) => flip(data).toString('utf8'),
  };
}

describe('FileSecretStore', () => {
  const temp = useTempDirPerTest('reelforge-secrets-');
  let file: string;
  beforeEach(() => {
    file = join(temp.path, 'secrets.json');
  });

  it('stores keys encrypted, privately, and reads them back', () => {
    const store = new FileSecretStore(file, xorCipher());
    expect(store.has('runway')).toBe(false);
    store.set('runway', 'sk-live-123');
    expect(readFileSync(file, 'utf8')).not.toContain('sk-live-123');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(store.has('runway')).toBe(true);
    expect(store.get('runway')).toBe('sk-live-123');
    expect(new FileSecretStore(file, xorCipher()).get('runway')).toBe('sk-live-123');
  });

  it('decrypts a key once while the file is unchanged, and again after it changes', () => {
    const cipher = xorCipher();
    let decrypts = 0;
    const counting: StringCipher = {
      ...cipher,
      decryptString: (data) => {
        decrypts += 1;
        return cipher.decryptString(data);
      },
    };
    new FileSecretStore(file, cipher).set('runway', 'first');
    const store = new FileSecretStore(file, counting);
    for (let i = 0; i < 5; i += 1) expect(store.get('runway')).toBe('first');
    expect(decrypts).toBe(1);
    // Another process (or the user) rewrites the file: the next read sees it.
    new FileSecretStore(file, cipher).set('runway', 'second-key');
    expect(store.get('runway')).toBe('second-key');
    store.set('runway', 'third');
    expect(store.get('runway')).toBe('third');
  });

  it('removes a key when set to the empty string', () => {
    const store = new FileSecretStore(file, xorCipher());
    store.set('runway', 'k');
    store.set('other', 'k2');
    store.set('runway', '');
    expect(store.has('runway')).toBe(false);
    expect(store.get('other')).toBe('k2');
  });

  it('refuses to store a key without encryption, naming the environment variable to use', () => {
    const store = new FileSecretStore(file, xorCipher(false));
    expect(() => store.set('my-provider', 'k')).toThrow(/VIDEO_PROVIDER_MY_PROVIDER_API_KEY/);
    expect(() => readFileSync(file)).toThrow();
  });

  it('treats a corrupt file as holding no keys and refuses to overwrite it', () => {
    writeFileSync(file, '{broken');
    const store = new FileSecretStore(file, xorCipher());
    expect(store.has('runway')).toBe(false);
    expect(store.get('runway')).toBeUndefined();
    expect(() => store.set('runway', 'k')).toThrow(/secrets\.json: not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('{broken');
  });

  it('answers undefined for a key it cannot decrypt or for inherited names', () => {
    const store = new FileSecretStore(file, {
      ...xorCipher(),
      decryptString: () => {
        throw new Error('wrong keychain');
      },
    });
    store.set('runway', 'k');
    expect(store.get('runway')).toBeUndefined();
    expect(store.has('toString')).toBe(false);
    expect(store.get('__proto__')).toBeUndefined();
  });
});
