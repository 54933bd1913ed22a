import { describe, expect, it } from 'vitest';
import { ConfigError } from '#core/errors.js';
import { validateConfig } from './read-config-file.js';
import { resolveChannels } from './resolve-channels.js';

// A channel's default voice and speaking rate (channels.<id>.voice / speaking_rate in config.json).
const FILE = '/data/config.json';

function channelsFrom(channels: Record<string, unknown>) {
  return resolveChannels(validateConfig({ channels }, FILE).channels, FILE);
}

describe('channel narration defaults', () => {
  it('gives a built-in or custom channel its voice and speaking rate', () => {
    const channels = channelsFrom({
      air: { voice: 'espeak-ng:en-gb', speaking_rate: 1.2 },
      calm: { palette: { background: '#223344' }, voice: 'off' },
    });
    expect(channels['air']!.narration).toEqual({ voice: 'espeak-ng:en-gb', rate: 1.2 });
    expect(channels['calm']!.narration).toEqual({ voice: 'off' });
    expect(channels['fire']!.narration).toBeUndefined();
  });

  it('refuses a malformed voice or a rate out of range, naming the key and the file', () => {
    for (const [entry, key] of [
      [{ voice: 'espeak-ng:bad voice' }, 'channels.air.voice'],
      [{ speaking_rate: 9 }, 'channels.air.speaking_rate'],
    ] as const) {
      let error: unknown;
      try {
        channelsFrom({ air: entry });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toContain(key);
      expect((error as ConfigError).message).toContain(FILE);
    }
  });
});
