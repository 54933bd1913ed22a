import type { ChannelDefinition, ChannelStrategy } from '#core/channel.js';
import { ScriptValidationError } from '#core/errors.js';
import { RuleBasedChannelStrategy } from './channel-strategy.js';

/** The channels a script may name, each with its strategy. Ids are matched case-insensitively. */
export class ChannelCatalog {
  readonly #strategies = new Map<string, ChannelStrategy>();

  constructor(definitions: Readonly<Record<string, ChannelDefinition>>) {
    for (const definition of Object.values(definitions)) {
      this.#strategies.set(normaliseId(definition.id), new RuleBasedChannelStrategy(definition));
    }
  }

  get(id: string): ChannelStrategy | undefined {
    return this.#strategies.get(normaliseId(id));
  }

  /** The strategy for `id`; throws a `ScriptValidationError` on field "channel" naming the known ones. */
  require(id: string, file?: string): ChannelStrategy {
    const strategy = this.get(id);
    if (strategy) return strategy;
    const known = [...this.#strategies.keys()].sort().join(', ');
    throw new ScriptValidationError({
      ...(file !== undefined ? { file } : {}),
      field: 'channel',
      message:
        id.trim() === ''
          ? `no channel given; known channels: ${known}`
          : `unknown channel "${id}"; known channels: ${known}`,
    });
  }

  list(): ChannelDefinition[] {
    return [...this.#strategies.values()].map((strategy) => strategy.definition);
  }
}

function normaliseId(id: string): string {
  return id.trim().toLowerCase();
}
