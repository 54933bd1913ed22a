import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../../test-support/fixtures.js';
import {
  buildSettingsPatch,
  draftFromSettings,
  fieldKeys,
  fieldOfServerError,
  isEmptyPatch,
} from './settings-form.js';

describe('buildSettingsPatch', () => {
  const draft = draftFromSettings(SETTINGS);

  it('is empty when nothing changed', () => {
    const { patch, errors } = buildSettingsPatch(SETTINGS, draft);
    expect(isEmptyPatch(patch)).toBe(true);
    expect(errors).toEqual({});
  });

  it('sends only the changed fields, numbers as numbers, and "" to clear a path', () => {
    const { patch, errors } = buildSettingsPatch(SETTINGS, {
      ...draft,
      defaultProvider: 'ffmpeg',
      maxConcurrentGenerations: '3',
      weights: { ...draft.weights, speed: '30' },
      providers: {
        ...draft.providers,
        ffmpeg: { ...draft.providers.ffmpeg!, timeoutSeconds: '120', binaryPath: '' },
      },
    });
    expect(errors).toEqual({});
    expect(patch).toEqual({
      global: { defaultProvider: 'ffmpeg', maxConcurrentGenerations: 3 },
      selectionWeights: { speed: 30 },
      providers: { ffmpeg: { timeoutSeconds: 120, binaryPath: '' } },
    });
  });

  it('names each bad field: not a number, and out of the contract limits', () => {
    const { errors } = buildSettingsPatch(SETTINGS, {
      ...draft,
      maxConcurrentGenerations: 'many',
      weights: { ...draft.weights, cost: '500' },
      providers: { ...draft.providers, mock: { ...draft.providers.mock!, maxConcurrent: '0' } },
    });
    expect(errors['global.maxConcurrentGenerations']).toBe('must be a number');
    expect(errors['selectionWeights.cost']).toMatch(/100/);
    expect(errors['providers.mock.maxConcurrent']).toMatch(/1/);
  });
});

describe('test-video switch', () => {
  it('sends testMode only for providers that have it, and only when it changed', () => {
    const view = {
      ...SETTINGS,
      providers: {
        ...SETTINGS.providers,
        synthesia: { enabled: true, maxConcurrent: 1, timeoutSeconds: 900, hasApiKey: true, testMode: true },
      },
    };
    const draft = draftFromSettings(view);
    expect(draft.providers['synthesia']?.testMode).toBe(true);
    expect(draft.providers['mock']?.testMode).toBeUndefined();
    expect(buildSettingsPatch(view, draft).patch).toEqual({});
    const off = {
      ...draft,
      providers: { ...draft.providers, synthesia: { ...draft.providers['synthesia']!, testMode: false } },
    };
    expect(buildSettingsPatch(view, off).patch).toEqual({ providers: { synthesia: { testMode: false } } });
  });
});

describe('fieldOfServerError', () => {
  const known = fieldKeys(draftFromSettings(SETTINGS));
  it('maps payload, config and provider messages to fields', () => {
    expect(fieldOfServerError('settings.update: patch.global.outputDir: Too small', known)).toBe(
      'global.outputDir',
    );
    expect(fieldOfServerError('config providers.ffmpeg.timeout_seconds: must be positive', known)).toBe(
      'providers.ffmpeg.timeoutSeconds',
    );
    expect(fieldOfServerError('settings: unknown default provider "x"', known)).toBe(
      'global.defaultProvider',
    );
    expect(fieldOfServerError('disk full', known)).toBeUndefined();
  });
});
