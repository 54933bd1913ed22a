import { readFileSync } from 'node:fs';
import { providerEnvName, writeFileAtomic } from '../../infrastructure/config/index.js';
import type { SecretStore } from '../api/desktop-platform.js';

/** The shape of Electron's `safeStorage`, so the store can be exercised without Electron. */
export interface StringCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

interface SecretsFile {
  readonly version: 1;
  readonly keys: Readonly<Record<string, string>>;
}

export class SecretStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretStoreError';
  }
}

/**
 * API keys encrypted by the OS keychain (via `safeStorage`) in `<dataDir>/secrets.json`, one
 * base64 ciphertext per provider id. Plain text never touches the disk: without encryption
 * `set` refuses. An empty key removes the entry. Nothing here logs a key.
 */
export class FileSecretStore implements SecretStore {
  constructor(
    private readonly file: string,
    private readonly cipher: StringCipher,
  ) {}

  set(providerId: string, secret: string): void {
    const current = this.#read();
    if (current === undefined) {
      throw new SecretStoreError(
        `${this.file}: not valid JSON; fix or delete it (it only holds encrypted API keys)`,
      );
    }
    const keys = { ...current.keys };
    if (secret === '') {
      delete keys[providerId];
    } else {
      if (!this.cipher.isEncryptionAvailable()) {
        throw new SecretStoreError(
          `cannot store the API key for "${providerId}": no OS keychain is available to encrypt it; set ${providerEnvName(providerId, 'API_KEY')} instead`,
        );
      }
      keys[providerId] = this.cipher.encryptString(secret).toString('base64');
    }
    const content: SecretsFile = { version: 1, keys };
    writeFileAtomic(this.file, `${JSON.stringify(content, null, 2)}\n`);
  }

  has(providerId: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.#read()?.keys ?? {}, providerId);
  }

  get(providerId: string): string | undefined {
    const keys = this.#read()?.keys ?? {};
    if (!Object.prototype.hasOwnProperty.call(keys, providerId)) return undefined;
    const encrypted = keys[providerId];
    if (typeof encrypted !== 'string' || !this.cipher.isEncryptionAvailable()) return undefined;
    try {
      return this.cipher.decryptString(Buffer.from(encrypted, 'base64'));
    } catch {
      // Encrypted under another OS account or keychain: as good as unset.
      return undefined;
    }
  }

  /** The stored keys; undefined when the file is corrupt (reads see no keys, writes refuse). */
  #read(): SecretsFile | undefined {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return { version: 1, keys: {} };
    }
    try {
      const value = JSON.parse(text) as Partial<SecretsFile>;
      const keys = typeof value.keys === 'object' && value.keys !== null ? value.keys : {};
      return {
        version: 1,
        keys: Object.fromEntries(Object.entries(keys).filter(([, v]) => typeof v === 'string')),
      };
    } catch {
      return undefined;
    }
  }
}
