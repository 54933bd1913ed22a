import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FfmpegVideoProvider } from '../../src/main/infrastructure/providers/ffmpeg/index.js';
import {
  settingKey,
  candidateSettings,
  type EncodeRun,
} from '../../src/main/infrastructure/providers/ffmpeg/encode-tuning.js';
import { PROFILE_FILE } from '../../src/main/infrastructure/providers/ffmpeg/machine-profile.js';
import { SHARE_LIMITS } from '../../src/main/infrastructure/providers/ffmpeg/render-parts.js';
import { FFMPEG, FFPROBE, HAS_FFMPEG } from '../support/media-tools.js';
import { ffmpegSettings, makeRequest, makeTimeline } from './fixtures.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'reelforge-profile-test-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const context = () => ({
  signal: new AbortController().signal,
  onProgress: () => undefined,
  checkpoint: { load: () => undefined, save: () => undefined },
});

describe("the machine profile: ffmpeg's version is asked once per binary, not once per process", () => {
  /** A stand-in ffmpeg that logs every start and answers -version like ffmpeg 5.1.9. */
  function standIn(dir: string): { path: string; starts: () => number } {
    const log = join(dir, 'starts.log');
    const path = join(dir, 'ffmpeg');
    writeFileSync(
      path,
      `#!/bin/sh\necho run >> '${log}'\necho 'ffmpeg version 5.1.9 Copyright (c) 2000-2024'\n`,
    );
    chmodSync(path, 0o755);
    writeFileSync(join(dir, 'ffprobe'), '#!/bin/sh\n');
    chmodSync(join(dir, 'ffprobe'), 0o755);
    return {
      path,
      starts: () => {
        try {
          return readFileSync(log, 'utf8').trim().split('\n').length;
        } catch {
          return 0;
        }
      },
    };
  }

  it('a second provider on the same cache folder (a new CLI process) does not run ffmpeg -version again', async () => {
    const dir = mkdtempSync(join(work, 'bin-'));
    const cacheDir = join(work, 'cache-a');
    const ffmpeg = standIn(dir);
    const first = new FfmpegVideoProvider(ffmpegSettings({ binaryPath: ffmpeg.path }), { cacheDir });
    expect(await first.isAvailable()).toEqual({ available: true, version: 'ffmpeg 5.1.9' });
    expect(ffmpeg.starts()).toBe(1);

    const second = new FfmpegVideoProvider(ffmpegSettings({ binaryPath: ffmpeg.path }), { cacheDir });
    expect(await second.isAvailable()).toEqual({ available: true, version: 'ffmpeg 5.1.9' });
    expect(ffmpeg.starts()).toBe(1);

    // An upgraded binary (another modification time) is asked again.
    utimesSync(ffmpeg.path, new Date(), new Date(Date.now() + 5000));
    const third = new FfmpegVideoProvider(ffmpegSettings({ binaryPath: ffmpeg.path }), { cacheDir });
    await third.isAvailable();
    expect(ffmpeg.starts()).toBe(2);
  });

  it('a damaged profile file is ignored and rewritten', async () => {
    const dir = mkdtempSync(join(work, 'bin-'));
    const cacheDir = mkdtempSync(join(work, 'cache-b'));
    writeFileSync(join(cacheDir, PROFILE_FILE), '{"versions": 12');
    const ffmpeg = standIn(dir);
    const provider = new FfmpegVideoProvider(ffmpegSettings({ binaryPath: ffmpeg.path }), { cacheDir });
    expect(await provider.isAvailable()).toMatchObject({ available: true });
    expect(JSON.parse(readFileSync(join(cacheDir, PROFILE_FILE), 'utf8')).versions).toBeTypeOf('object');
  });

  it('a profile from before encode runs were recorded keeps its versions and drops the old speed samples', async () => {
    const dir = mkdtempSync(join(work, 'bin-'));
    const cacheDir = mkdtempSync(join(work, 'cache-c'));
    const ffmpeg = standIn(dir);
    const { size, mtimeMs } = statSync(ffmpeg.path);
    const old = {
      versions: { [`${ffmpeg.path} | ${size} | ${Math.round(mtimeMs)}`]: 'ffmpeg 5.1.9' },
      tuning: { 'AMD EPYC | 2 cores | ffmpeg 5.1.9 | standard': { '2x1': [0.003, 0.004] } },
      partShares: {},
      movingCosts: {},
    };
    writeFileSync(join(cacheDir, PROFILE_FILE), JSON.stringify(old));
    const provider = new FfmpegVideoProvider(ffmpegSettings({ binaryPath: ffmpeg.path }), { cacheDir });
    expect(await provider.isAvailable()).toEqual({ available: true, version: 'ffmpeg 5.1.9' });
    expect(ffmpeg.starts()).toBe(0);
  });
});

describe.skipIf(!HAS_FFMPEG)('the machine profile: encode settings are learned from real renders', () => {
  it('tries the candidates in turn, records each lone render, and a new provider continues from the file', async () => {
    const cacheDir = join(work, 'cache-tuning');
    const timeline = makeTimeline({
      channel: 'fire',
      hook: 'Start now',
      points: ['One small step', 'Then the next'],
      cta: 'Follow',
      // Long enough that two parts fit whatever first-part share the first render teaches (a busy
      // machine can teach the 0.35 limit: 35 % of 12 s is still over MIN_PART_SECONDS).
      sceneSeconds: 3,
    });
    const render = async (name: string) => {
      const pids: number[] = [];
      const settings = ffmpegSettings({ binaryPath: FFMPEG, options: {} });
      expect(FFPROBE).toBeTruthy();
      const provider = new FfmpegVideoProvider(settings, {
        cacheDir,
        cpuCount: 2,
        onSpawn: (pid) => pids.push(pid),
      });
      await provider.generate(makeRequest(timeline, join(work, name), 'video', 'draft'), context());
      return pids.length;
    };
    const tuning = () => {
      const profile = JSON.parse(readFileSync(join(cacheDir, PROFILE_FILE), 'utf8'));
      const [runs] = Object.values(profile.encodeRuns) as Record<string, EncodeRun[]>[];
      return runs!;
    };
    const [first, second, third, fourth] = candidateSettings(2);
    // Each candidate once, taking turns (two parts joined in-process: no third ffmpeg), then the
    // first again.
    expect(await render('r1')).toBe(2);
    expect(Object.keys(tuning())).toEqual([settingKey(first!)]);
    expect(await render('r2')).toBe(1);
    expect(tuning()[settingKey(second!)]).toHaveLength(1);
    expect(await render('r3')).toBe(1);
    expect(await render('r4')).toBe(2);
    expect(Object.keys(tuning())).toEqual([first, second, third, fourth].map((c) => settingKey(c!)));
    expect(await render('r5')).toBe(2);
    expect(tuning()[settingKey(first!)]).toHaveLength(2);
    expect(tuning()[settingKey(second!)]).toHaveLength(1);
    for (const runs of Object.values(tuning())) {
      for (const run of runs) {
        expect(run.seconds).toBeGreaterThan(0);
        // Each scene's entrance moves, its hold is still: both kinds of work were counted.
        expect(run.stillMpx).toBeGreaterThan(0);
        expect(run.movingMpx).toBeGreaterThan(0);
      }
    }
    // Each two-part render also recorded how to share frames so both parts end together.
    const profile = JSON.parse(readFileSync(join(cacheDir, PROFILE_FILE), 'utf8'));
    const shares = profile.partShares[
      `${Object.keys(profile.encodeRuns)[0]} | ${settingKey(first!)}`
    ] as number[];
    expect(shares).toHaveLength(2);
    for (const share of shares!) expect(share).toBeGreaterThanOrEqual(SHARE_LIMITS[0]);
    for (const share of shares!) expect(share).toBeLessThanOrEqual(SHARE_LIMITS[1]);
    // The four scenes' drawn backgrounds were kept for the next render.
    expect(readdirSync(join(cacheDir, 'backgrounds')).filter((n) => n.endsWith('.yuv'))).toHaveLength(4);
  });
});
