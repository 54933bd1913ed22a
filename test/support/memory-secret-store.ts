import type { SecretStore } from '../../src/main/presentation/api/desktop-platform.js';

/** The desktop secret store in memory: what a test's "keychain" holds, readable by the test. */
export class MemorySecretStore implements SecretStore {
  readonly keys = new Map<string, string>();
  set(id: string, secret: string) {
    if (secret === '') this.keys.delete(id);
    else this.keys.set(id, secret);
  }
  has(id: string) {
    return this.keys.has(id);
  }
  get(id: string) {
    return this.keys.get(id);
  }
}
