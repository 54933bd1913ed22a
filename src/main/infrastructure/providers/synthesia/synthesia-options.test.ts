import { describe, expect, it } from 'vitest';
import { DEFAULT_AVATAR, readSynthesiaOptions } from './synthesia-options.js';

describe('readSynthesiaOptions', () => {
  it('defaults to free test videos with a stock avatar', () => {
    const options = readSynthesiaOptions({});
    expect(options.test).toBe(true);
    expect(options.lookFor('air')).toMatchObject({ avatar: DEFAULT_AVATAR, background: 'off_white' });
  });

  it('overlays per-channel looks on the provider-wide ones', () => {
    const options = readSynthesiaOptions({
      test: false,
      background: 'green_screen',
      channels: { fire: { avatar: 'fiery', avatar_settings: { scale: 1.2 } } },
    });
    expect(options.lookFor('fire')).toMatchObject({
      avatar: 'fiery',
      background: 'green_screen',
      avatarSettings: { scale: 1.2, style: 'rectangular' },
    });
    expect(options.lookFor('air').avatar).toBe(DEFAULT_AVATAR);
  });

  it('names the wrong key', () => {
    expect(() => readSynthesiaOptions({ test: 'yes' })).toThrow(/providers.synthesia.test/);
    expect(() => readSynthesiaOptions({ channels: { air: { avatar_settings: 3 } } })).toThrow(
      /providers.synthesia.channels.air.avatar_settings/,
    );
  });
});
