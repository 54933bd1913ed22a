import { readFileSync, statSync } from 'node:fs';
import { providerEnvName, writeFileAtomic } from '../../infrastructure/config/index.js';
import type { SecretStore } from '../api/desktop-platform.js';

/** The encrypted keys' file in the data folder. */
export const SECRETS_FILE = 'secrets.json';

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
 *
 * Providers read their settings (and so their key) many times per job, e.g. whenever the queue
 * ranks them; decrypted keys are kept while the file is unchanged (same size and modification
 * time), so those reads cost one `stat` instead of a read, a parse and a keychain call.
 */
export class FileSecretStore implements SecretStore {
  #cache: { readonly stamp: string; readonly keys: Map<string, string | undefined> } | undefined;

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
    this.#cache = undefined;
  }

  has(providerId: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.#read()?.keys ?? {}, providerId);
  }

  get(providerId: string): string | undefined {
    // Before Electron is ready nothing can be decrypted; do not remember that as "no key".
    if (!this.cipher.isEncryptionAvailable()) return undefined;
    const stamp = this.#stamp();
    if (this.#cache?.stamp !== stamp) this.#cache = { stamp, keys: new Map() };
    const cached = this.#cache.keys;
    if (!cached.has(providerId)) cached.set(providerId, this.#decrypt(providerId));
    return cached.get(providerId);
  }

  /** Identifies the file's current content: size and modification time, or "none". */
  #stamp(): string {
    try {
      const { size, mtimeMs } = statSync(this.file);
      return `${size}:${mtimeMs}`;
    } catch {
      return 'none';
    }
  }

  #decrypt(providerId: string): string | undefined {
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
