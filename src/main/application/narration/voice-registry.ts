import { ReelforgeError } from '#core/errors.js';
import type { VoiceProvider } from './voice-provider.js';

/** The voice providers by id, in registration order. */
export class VoiceRegistry {
  readonly #providers = new Map<string, VoiceProvider>();

  register(provider: VoiceProvider): void {
    if (this.#providers.has(provider.id)) throw new Error(`voice provider "${provider.id}" registered twice`);
    this.#providers.set(provider.id, provider);
  }

  get(id: string): VoiceProvider | undefined {
    return this.#providers.get(id);
  }

  list(): VoiceProvider[] {
    return [...this.#providers.values()];
  }

  /** The provider, or an error naming the ones there are. */
  require(id: string): VoiceProvider {
    const provider = this.#providers.get(id);
    if (provider) return provider;
    const known = ['off', ...this.#providers.keys()].join(', ');
    throw new ReelforgeError(`unknown voice provider "${id}" (use one of: ${known})`);
  }
}
