import { describe, expect, it } from 'vitest';
import { API_CALLS } from '#shared/api-contract.js';
import { SETTINGS } from '../../test-support/fixtures.js';
import { buildSettingsPatch, draftFromSettings } from './settings-form.js';

// The Settings view's default platform: generic when the config names none, sent only when changed,
// checked by the contract (settings-mapping writes it as global.default_platform).

describe('the default platform setting', () => {
  it('shows generic when none is set and sends only a change', () => {
    const draft = draftFromSettings(SETTINGS);
    expect(draft.defaultPlatform).toBe('generic');
    expect(buildSettingsPatch(SETTINGS, draft).patch.global ?? {}).not.toHaveProperty('defaultPlatform');
    const { patch } = buildSettingsPatch(SETTINGS, { ...draft, defaultPlatform: 'tiktok' });
    expect(patch.global).toEqual({ defaultPlatform: 'tiktok' });
    expect(API_CALLS['settings.update'].safeParse({ patch }).success).toBe(true);
  });

  it('is refused by the contract when it is no platform', () => {
    const bad = { patch: { global: { defaultPlatform: 'vine' } } };
    expect(API_CALLS['settings.update'].safeParse(bad).success).toBe(false);
  });
});
