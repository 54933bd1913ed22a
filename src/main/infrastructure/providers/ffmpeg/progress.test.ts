import { describe, expect, it } from 'vitest';
import { createProgressThrottle, overallProgress, parseProgress, type ProgressReport } from './progress.js';

describe('parseProgress', () => {
  it('reads the frame count of an ffmpeg status line', () => {
    const line =
      'frame=  450 fps= 88 q=29.0 size=    1024kB time=00:00:15.00 bitrate= 559.2kbits/s speed=2.9x';
    expect(parseProgress(line, 900, 30)).toBeCloseTo(0.5);
  });

  it('falls back to the time when the line has no frame count', () => {
    expect(parseProgress('size=N/A time=00:00:03.00 bitrate=N/A speed=1x', 900, 30)).toBeCloseTo(0.1);
    expect(parseProgress('time=00:01:00.50', 3630, 30)).toBeCloseTo(0.5);
  });

  it('reads fluent-ffmpeg progress events, frames first', () => {
    expect(parseProgress({ frames: 90, timemark: '00:00:09.00' }, 900, 30)).toBeCloseTo(0.1);
    expect(parseProgress({ timemark: '00:00:09.00' }, 900, 30)).toBeCloseTo(0.3);
  });

  it('clamps to 0–1 and ignores lines without progress', () => {
    expect(parseProgress('frame= 1000', 900, 30)).toBe(1);
    expect(parseProgress('time=-00:00:01.00', 900, 30)).toBe(0);
    expect(parseProgress('Stream mapping:', 900, 30)).toBeUndefined();
    expect(parseProgress({}, 900, 30)).toBeUndefined();
    expect(parseProgress('frame= 10', 0, 30)).toBeUndefined();
  });
});

describe('overallProgress', () => {
  it('maps a stage fraction into the stage span', () => {
    expect(overallProgress('preparing text', 0)).toBe(0);
    expect(overallProgress('rendering', 1)).toBeCloseTo(0.97);
    expect(overallProgress('rendering', 2)).toBeCloseTo(0.97);
    expect(overallProgress('finalizing', 1)).toBe(1);
    expect(overallProgress('rendering', Number.NaN)).toBeCloseTo(0.08);
  });
});

describe('createProgressThrottle', () => {
  it('lets through at most 10 reports a second, plus stage changes and the final report', () => {
    let clock = 0;
    const seen: ProgressReport[] = [];
    const report = createProgressThrottle((r) => seen.push(r), { now: () => clock });
    for (let i = 0; i < 100; i += 1) {
      clock = i * 10; // 100 reports over one second
      report({ progress: i / 200, stage: 'rendering' });
    }
    expect(seen.length).toBe(10);
    report({ progress: 0.6, stage: 'finalizing' });
    report({ progress: 1, stage: 'finalizing' });
    expect(seen.map((r) => r.stage).slice(-2)).toEqual(['finalizing', 'finalizing']);
    expect(seen.at(-1)?.progress).toBe(1);
  });
});
