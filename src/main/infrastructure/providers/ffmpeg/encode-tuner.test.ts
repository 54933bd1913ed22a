import { describe, expect, it } from 'vitest';
import { EncodeTuner } from './encode-tuner.js';
import { settingKey, type EncodeRun } from './encode-tuning.js';
import { MachineProfile } from './machine-profile.js';

/** Seconds per still-frame-equivalent Mpx (moving = 1 still: no two-part render measured it) per setting. */
const trueSpeed: Record<string, number> = { '2x1': 1, '1x2': 1.2, '1x3': 1.1, '2x2': 1.05 };
const work = (setting: string, speed = trueSpeed[setting]!): EncodeRun => ({
  seconds: speed * 30,
  stillMpx: 20,
  movingMpx: 10,
});

describe('EncodeTuner', () => {
  it('learns each candidate, then decides once and keeps the decision however later renders go', () => {
    const profile = new MachineProfile(undefined);
    const tuner = new EncodeTuner(profile, 2);
    const used: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const encode = tuner.settingFor({}, 'ffmpeg 5.1.9', 'standard');
      used.push(settingKey(encode.setting));
      encode.learn(work(settingKey(encode.setting)));
    }
    expect(used).toEqual(['2x1', '1x2', '1x3', '2x2', '2x1', '1x2', '1x3', '2x2']);
    for (let i = 0; i < 6; i += 1) {
      const encode = tuner.settingFor({}, 'ffmpeg 5.1.9', 'standard');
      expect(settingKey(encode.setting)).toBe('2x1');
      // Slow renders of the chosen setting (short scripts, a busy moment) do not reopen the choice.
      encode.learn(work('2x1', 3));
    }
    const summary = tuner.summary([...Object.keys(profile.allEncodeRuns())][0]!);
    expect(summary).toMatchObject({ next: '2x1', learning: false });
    expect(summary.speeds['2x1']).toBeCloseTo(1);
  });

  it('uses a configured setting as it is and learns nothing from it', () => {
    const profile = new MachineProfile(undefined);
    const encode = new EncodeTuner(profile, 2).settingFor(
      { parts: 1, threads: 2 },
      'ffmpeg 5.1.9',
      'standard',
    );
    expect(settingKey(encode.setting)).toBe('1x2');
    encode.learn(work('1x2'));
    expect(profile.allEncodeRuns()).toEqual({});
  });

  it('lets one render move the part share only a little, so a render on a slow core cannot skew the next', () => {
    const profile = new MachineProfile(undefined);
    const tuner = new EncodeTuner(profile, 2);
    const shares: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const encode = tuner.settingFor({ parts: 2, threads: 2 }, 'ffmpeg 5.1.9', 'standard');
      shares.push(encode.firstShare);
      // The first part took twice as long as the second for half of the work (a slow vCPU):
      // balanced would be 1/3, far below what quiet renders say.
      encode.learnShare(0.5, 10, 5);
    }
    expect(shares[0]).toBe(0.5);
    expect(shares[1]).toBeCloseTo(0.48, 9);
    expect(shares[2]).toBeCloseTo(0.47, 9); // the median of 0.48 and 0.46
  });
});
