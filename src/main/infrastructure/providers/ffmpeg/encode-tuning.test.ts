import { describe, expect, it } from 'vitest';
import {
  candidateSettings,
  chooseSetting,
  encodeRun,
  SAMPLES_KEPT,
  settingKey,
  speedOf,
  withRun,
  type EncodeRun,
  type TuningRuns,
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

/** A run of `speed` seconds per still-frame-equivalent Mpx (moving cost 3) on 10 still + 10 moving Mpx. */
const run = (speed: number): EncodeRun => ({ seconds: speed * 40, stillMpx: 10, movingMpx: 10 });

describe('chooseSetting', () => {
  const candidates = candidateSettings(2);

  it('measures each candidate twice, taking turns, before trusting any', () => {
    let runs: TuningRuns = {};
    const chosen: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const setting = chooseSetting(candidates, runs, 3);
      chosen.push(settingKey(setting));
      runs = withRun(runs, setting, run(1 + i / 10));
    }
    // Turns: a cold first render or a slow spell does not land on one setting twice.
    expect(chosen).toEqual(['2x1', '1x2', '1x3', '2x2', '2x1', '1x2', '1x3', '2x2']);
  });

  it('then picks the lowest best run, so one unlucky (slow) run does not decide', () => {
    // The Xeon's case: 2x1's cold first run would lose it the choice on a two-run median.
    const runs: TuningRuns = {
      '2x1': [run(6.52), run(5.82)],
      '1x2': [run(6.9), run(6.65)],
      '1x3': [run(6.94), run(6.52)],
      '2x2': [run(6.19), run(5.89)],
    };
    expect(settingKey(chooseSetting(candidates, runs, 3))).toBe('2x1');
    expect(settingKey(chooseSetting(candidates, { ...runs, '2x2': [run(9), run(5.8)] }, 3))).toBe('2x2');
  });

  it('resumes the turns where a profile left them', () => {
    const runs: TuningRuns = { '2x1': [run(1), run(1)], '1x2': [run(1)] };
    expect(settingKey(chooseSetting(candidates, runs, 3))).toBe('1x3');
  });

  it('compares settings per unit of work, not per pixel: a script with more motion is not held against a setting', () => {
    // 2x1 was measured on a busy script (half its frames moving), 1x2 on a calm one (a tenth):
    // per pixel 2x1 looks slower, per still-frame-equivalent (moving = 3 still) it is faster.
    const busy = (seconds: number): EncodeRun => ({ seconds, stillMpx: 10, movingMpx: 10 });
    const calm = (seconds: number): EncodeRun => ({ seconds, stillMpx: 18, movingMpx: 2 });
    const runs: TuningRuns = {
      '2x1': [busy(36), busy(36)], // 0.9 s per unit, 1.8 s per Mpx
      '1x2': [calm(24), calm(24)], // 1.0 s per unit, 1.2 s per Mpx
      '1x3': [calm(30), calm(30)],
      '2x2': [calm(30), calm(30)],
    };
    expect(settingKey(chooseSetting(candidates, runs, 3))).toBe('2x1');
    // Weighing a moving frame like a still one (the old per-pixel speed) would have picked 1x2.
    expect(settingKey(chooseSetting(candidates, runs, 1))).toBe('1x2');
  });

  it('keeps the decision once made, whatever is measured later', () => {
    const runs: TuningRuns = {
      '2x1': [run(1.0), run(1.0)],
      '1x2': [run(0.5), run(0.5)],
      '1x3': [run(2), run(2)],
      '2x2': [run(2), run(2)],
    };
    expect(settingKey(chooseSetting(candidates, runs, 3))).toBe('1x2');
    expect(settingKey(chooseSetting(candidates, runs, 3, '2x1'))).toBe('2x1');
    // A decision for a setting that is no longer a candidate (fewer cores) is not kept.
    expect(settingKey(chooseSetting(candidates, runs, 3, '4x1'))).toBe('1x2');
  });
});

describe('withRun', () => {
  it(`keeps the last ${SAMPLES_KEPT} runs of a setting`, () => {
    let runs: TuningRuns = {};
    for (let i = 1; i <= 7; i += 1) runs = withRun(runs, { parts: 1, threadsPerPart: 2 }, run(i));
    expect(runs['1x2']!.map((r) => speedOf(r, 3))).toEqual([3, 4, 5, 6, 7]);
  });

  it('ignores a run without time or work', () => {
    const setting = { parts: 1, threadsPerPart: 2 };
    expect(withRun({}, setting, { seconds: Number.NaN, stillMpx: 1, movingMpx: 1 })).toEqual({});
    expect(withRun({}, setting, { seconds: 0, stillMpx: 1, movingMpx: 1 })).toEqual({});
    expect(withRun({}, setting, { seconds: 1, stillMpx: 0, movingMpx: 0 })).toEqual({});
  });
});

it('encodeRun splits the work into still and moving million pixels', () => {
  const still = Uint8Array.from([0, 0, 1, 1, 1]);
  const r = encodeRun(2, still, 1000, 1000);
  expect(r).toEqual({ seconds: 2, stillMpx: 3, movingMpx: 2 });
  expect(speedOf(r, 3)).toBeCloseTo(2 / (3 + 6));
});
