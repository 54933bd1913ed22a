import { describe, expect, it } from 'vitest';
import {
  candidateSettings,
  chooseSetting,
  SAMPLES_KEPT,
  settingKey,
  speedSample,
  withSample,
  type TuningSamples,
} from './encode-tuning.js';

describe('candidateSettings', () => {
  it('tries two parts first on a small machine, then one part with and without spare threads', () => {
    expect(candidateSettings(2).map(settingKey)).toEqual(['2x1', '1x2', '1x3', '2x2']);
  });

  it('starts with one part on a big machine and still tries two', () => {
    expect(candidateSettings(8).map(settingKey)).toEqual(['1x8', '1x12', '2x4', '2x8']);
  });

  it('has no side-by-side parts on one core', () => {
    expect(candidateSettings(1).map(settingKey)).toEqual(['1x1', '1x2']);
  });
});

describe('chooseSetting', () => {
  const candidates = candidateSettings(2);

  it('measures each candidate twice, in order, before trusting any', () => {
    let samples: TuningSamples = {};
    const chosen: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const setting = chooseSetting(candidates, samples);
      chosen.push(settingKey(setting));
      samples = withSample(samples, setting, 1 + i / 10);
    }
    expect(chosen).toEqual(['2x1', '2x1', '1x2', '1x2', '1x3', '1x3', '2x2', '2x2']);
  });

  it('then picks the lowest median, so one unlucky run does not decide', () => {
    const samples: TuningSamples = {
      '2x1': [1.0, 9.0, 1.1],
      '1x2': [1.05, 1.06],
      '1x3': [2, 2],
      '2x2': [1.5, 1.4],
    };
    expect(settingKey(chooseSetting(candidates, samples))).toBe('1x2');
    expect(settingKey(chooseSetting(candidates, { ...samples, '2x1': [1.0, 1.01, 9] }))).toBe('2x1');
  });
});

describe('withSample', () => {
  it(`keeps the last ${SAMPLES_KEPT} samples of a setting`, () => {
    let samples: TuningSamples = {};
    for (let i = 1; i <= 7; i += 1) samples = withSample(samples, { parts: 1, threadsPerPart: 2 }, i);
    expect(samples['1x2']).toEqual([3, 4, 5, 6, 7]);
  });

  it('ignores a sample that is not a positive number', () => {
    const samples = withSample({}, { parts: 1, threadsPerPart: 2 }, Number.NaN);
    expect(withSample(samples, { parts: 1, threadsPerPart: 2 }, 0)).toEqual({});
  });
});

it('speedSample is seconds per million output pixels', () => {
  expect(speedSample(10, 900, 1080, 1920)).toBeCloseTo(10 / ((900 * 1080 * 1920) / 1e6));
});
