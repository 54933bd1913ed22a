import { describe, expect, it } from 'vitest';
import { ScriptValidationError } from '#core/errors.js';
import { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import { ChannelCatalog } from './channel-catalog.js';
import { RuleBasedChannelStrategy } from './channel-strategy.js';

describe('ChannelCatalog', () => {
  const catalog = new ChannelCatalog(BUILTIN_CHANNELS);

  it('lists every channel it was given', () => {
    expect(catalog.list().map((c) => c.id)).toEqual(['air', 'water', 'earth', 'fire']);
  });

  it('gives a rule-based strategy per channel', () => {
    const strategy = catalog.get('fire');
    expect(strategy).toBeInstanceOf(RuleBasedChannelStrategy);
    expect(strategy!.definition).toBe(BUILTIN_CHANNELS.fire);
  });

  it('matches ids regardless of case and surrounding spaces', () => {
    expect(catalog.get(' Water ')?.definition.id).toBe('water');
  });

  it('returns undefined for an unknown channel', () => {
    expect(catalog.get('wind')).toBeUndefined();
  });

  it('require() throws a ScriptValidationError on "channel" listing the known channels', () => {
    let error: unknown;
    try {
      catalog.require('wind', 'calm.md');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScriptValidationError);
    const issue = (error as ScriptValidationError).issues[0]!;
    expect(issue).toEqual({
      file: 'calm.md',
      field: 'channel',
      message: 'unknown channel "wind"; known channels: air, earth, fire, water',
    });
  });

  it('require() says when no channel was given', () => {
    expect(() => catalog.require('')).toThrow(/no channel given; known channels: air, earth, fire, water/);
  });

  it('require() returns the strategy of a known channel', () => {
    expect(catalog.require('earth').definition.id).toBe('earth');
  });

  it('holds custom channels next to the built-ins', () => {
    const custom = { ...BUILTIN_CHANNELS.air, id: 'deep-focus', name: 'Deep Focus' };
    const extended = new ChannelCatalog({ ...BUILTIN_CHANNELS, 'deep-focus': custom });
    expect(extended.require('deep-focus').definition.name).toBe('Deep Focus');
    expect(extended.list()).toHaveLength(5);
  });
});
