import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError, ProviderError } from '#core/errors.js';
import { FfmpegVideoProvider } from '../../src/main/infrastructure/providers/ffmpeg/index.js';
import type { TransitionKind } from '#core/channel.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import { ffmpegSettings, makeRequest, makeTimeline } from './fixtures.js';
import {
  FFMPEG,
  HAS_FFMPEG,
  meanVolume,
  probe,
  psnrPerFrame,
  videoFrameTimes,
} from '../support/media-tools.js';
import { isRunning } from '../support/processes.js';

type VideoResultFiles = { readonly outputPath: string; readonly thumbnailPath?: string };

/** A render encoded in parts side by side (the default on 2–4 cores) must be the same video as one run. */
describe.skipIf(!HAS_FFMPEG)('FFmpeg render in parts', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'reelforge-parts-test-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const noCheckpoint = { load: () => undefined, save: () => undefined };
  const context = () => ({
    signal: new AbortController().signal,
    onProgress: () => undefined,
    checkpoint: noCheckpoint,
  });

  /** A provider rendering in `parts` on two cores, with its own scratch folder. */
  function provider(
    parts: number,
    name: string,
    onSpawn?: (pid: number) => void,
    options: object = {},
    debug?: (line: string) => void,
  ) {
    const scratch = join(work, `scratch-${name}`);
    const settings = ffmpegSettings({ options: { ...options, parts, tempDir: scratch } });
    return { scratch, provider: new FfmpegVideoProvider(settings, { onSpawn, cpuCount: 2, debug }) };
  }

  /**
   * Renders `timeline` in `parts`: one ffmpeg per part, joined in-process (no ffmpeg for that),
   * with the holds left to skipped frames unless `skippedFrames: false` (then one part writes the
   * final file itself).
   */
  async function renderIn(
    parts: number,
    name: string,
    timeline: VideoTimeline,
    options: { readonly skippedFrames?: boolean; readonly transitionEngine?: string } = {},
  ) {
    const pids: number[] = [];
    const debug: string[] = [];
    const { provider: p, scratch } = provider(
      parts,
      name,
      (pid) => pids.push(pid),
      options,
      (line) => debug.push(line),
    );
    const out = join(work, name);
    const result = await p.generate(makeRequest(timeline, out, 'video'), context());
    expect(pids).toHaveLength(parts);
    const joined = parts > 1 || options.skippedFrames !== false;
    expect(debug).toEqual(joined ? [expect.stringMatching(`^joined ${parts} parts? in-process`)] : []);
    expect(readdirSync(out).sort()).toEqual(['video.jpg', 'video.mp4']);
    expect(readdirSync(scratch)).toEqual([]);
    return result;
  }

  function expectSameVideo(
    single: VideoResultFiles,
    parted: VideoResultFiles,
    timeline: VideoTimeline,
  ): void {
    const expectedFrames = Math.round(timeline.durationSeconds * 30);
    const info = probe(parted.outputPath, { countFrames: true });
    const video = info.streams.find((s) => s.codec_type === 'video')!;
    expect(Number(video.nb_read_frames)).toBe(expectedFrames);
    expect(info.durationSeconds).toBeCloseTo(timeline.durationSeconds, 1);
    expect(info.streams.map((s) => s.codec_type).sort()).toEqual(['audio', 'video']);
    // Every frame on the 30 fps grid: a seam must not shift the frames after it.
    const times = videoFrameTimes(parted.outputPath);
    expect(times).toHaveLength(expectedFrames);
    times.forEach((t, i) => expect(Math.abs(t - i / 30), `frame ${i} at ${t}`).toBeLessThan(1e-4));
    const psnr = psnrPerFrame(single.outputPath, parted.outputPath);
    expect(psnr).toHaveLength(expectedFrames);
    // Re-encoding differences only (identical pictures score ~50 dB here); a missing, doubled or
    // shifted frame at a seam drops far below.
    expect(Math.min(...psnr)).toBeGreaterThan(35);
    expect(meanVolume(parted.outputPath, 0, 2)).toBeLessThan(-80);
    // The poster is the same hook frame, whichever part cut it.
    const [posterPsnr] = psnrPerFrame(single.thumbnailPath!, parted.thumbnailPath!);
    expect(posterPsnr).toBeGreaterThan(35);
  }

  const fourScenes = (transition: TransitionKind, sceneSeconds = 2.5) =>
    makeTimeline({
      channel: 'water',
      hook: 'Same video either way',
      points: ['First point', 'Second point'],
      cta: 'Follow',
      sceneSeconds,
      transition,
    });

  // The reference everywhere: one run encoding every frame (no skipped frames, no join).
  const everyFrame = { skippedFrames: false } as const;

  it('joins one, two or three parts, holds left to skipped frames, into the same frames, sound and poster as a single run', async () => {
    // Scenes long enough for three parts of ≥ 3 s of work (skipped frames cost none).
    const timeline = fourScenes('slide-up', 4);
    const single = await renderIn(1, 'same-1', timeline, everyFrame);
    expectSameVideo(single, await renderIn(1, 'same-1s', timeline), timeline);
    expectSameVideo(single, await renderIn(2, 'same-2', timeline), timeline);
    expectSameVideo(single, await renderIn(3, 'same-3', timeline), timeline);
    expectSameVideo(single, await renderIn(2, 'same-2e', timeline, everyFrame), timeline);
  });

  it.each([
    ['crossfade', {}],
    ['slide-left', {}],
    ['wipe', {}],
    ['zoom', {}],
    ['crossfade', { transitionEngine: 'xfade' }],
  ] as const)('is the same video in parts with %s transitions %o', async (transition, options) => {
    const timeline = fourScenes(transition);
    const name = `${transition}-${Object.keys(options).length > 0 ? 'xfade' : 'overlay'}`;
    const single = await renderIn(1, `${name}-1`, timeline, { ...options, ...everyFrame });
    expectSameVideo(single, await renderIn(2, `${name}-2`, timeline, options), timeline);
  });

  it('shares the rest of a part left running alone between the cores, and the video stays the same', async () => {
    // An ffmpeg that starts the second part 2 s late, as a core turning slow under it would: when
    // the first part ends, the second has most of its frames left. With no threshold
    // (`rebalanceWorthSeconds: 0`) it is finished early (or, if still starting, stopped with no
    // file) and the rest is split in two new parts.
    const wrapper = join(work, 'late-ffmpeg', 'ffmpeg');
    mkdirSync(dirname(wrapper), { recursive: true });
    writeFileSync(wrapper, `#!/bin/sh\ncase "$*" in *part-1.mp4*) sleep 2;; esac\nexec ${FFMPEG} "$@"\n`);
    chmodSync(wrapper, 0o755);
    const timeline = makeTimeline({
      channel: 'earth',
      hook: 'One part runs late',
      points: ['First point', 'Second point'],
      cta: 'Follow',
      sceneSeconds: 2.5,
      transition: 'crossfade',
    });
    const single = await renderIn(1, 'rebalance-1', timeline, everyFrame);
    const scratch = join(work, 'scratch-rebalance-2');
    const pids: number[] = [];
    const debug: string[] = [];
    const p = new FfmpegVideoProvider(
      ffmpegSettings({ binaryPath: wrapper, options: { parts: 2, tempDir: scratch } }),
      {
        cpuCount: 2,
        rebalanceWorthSeconds: 0,
        onSpawn: (pid) => pids.push(pid),
        debug: (l) => debug.push(l),
      },
    );
    const out = join(work, 'rebalance-2');
    const parted = await p.generate(makeRequest(timeline, out, 'video'), context());
    // Two parts, then two more for the rest of the late one (the version check is one more run).
    expect(pids.length).toBeGreaterThanOrEqual(4);
    const rebalanced = debug.find((line) => line.startsWith('rebalanced'));
    expect(rebalanced, debug.join('\n')).toMatch(
      /^rebalanced [12]× a part left running alone; parts 0–\d+, /,
    );
    expect(debug).toContainEqual(expect.stringMatching(/^joined [3-5] parts in-process/));
    expect(readdirSync(out).sort()).toEqual(['video.jpg', 'video.mp4']);
    expect(readdirSync(scratch)).toEqual([]);
    for (const pid of pids) expect(isRunning(pid)).toBe(false);
    expectSameVideo(single, parted, timeline);
  });

  it('renders again in one run, every frame encoded, when the join cannot put skipped frames back', async () => {
    // An ffmpeg that ignores the forced IDR pictures: the frames after a hold then refer back
    // across it, and the join refuses to put skipped frames there.
    const wrapper = join(work, 'no-idr-ffmpeg', 'ffmpeg');
    mkdirSync(dirname(wrapper), { recursive: true });
    writeFileSync(
      wrapper,
      [
        '#!/bin/sh',
        'for a in "$@"; do shift; case "$a" in',
        '  -force_key_frames|-forced-idr) skip=1; continue;;',
        'esac; if [ -n "$skip" ]; then skip=; continue; fi; set -- "$@" "$a"; done',
        `exec ${FFMPEG} "$@"`,
        '',
      ].join('\n'),
    );
    chmodSync(wrapper, 0o755);
    const timeline = fourScenes('crossfade');
    const single = await renderIn(1, 'refused-1', timeline, everyFrame);
    const scratch = join(work, 'scratch-refused');
    const debug: string[] = [];
    const p = new FfmpegVideoProvider(
      ffmpegSettings({ binaryPath: wrapper, options: { parts: 2, tempDir: scratch } }),
      { cpuCount: 2, debug: (l) => debug.push(l) },
    );
    const out = join(work, 'refused-2');
    const again = await p.generate(makeRequest(timeline, out, 'video'), context());
    expect(debug).toContainEqual(
      expect.stringMatching(
        /^skipped frames not joined: .*(not a keyframe|not an IDR picture); rendering again in one run/,
      ),
    );
    expect(readdirSync(out).sort()).toEqual(['video.jpg', 'video.mp4']);
    expect(readdirSync(scratch)).toEqual([]);
    expectSameVideo(single, again, timeline);
  });

  it('cancel stops every part within a second and leaves nothing behind', async () => {
    const timeline = makeTimeline({
      channel: 'earth',
      hook: 'Cancel me',
      points: ['a', 'b'],
      cta: 'c',
      sceneSeconds: 6,
    });
    const controller = new AbortController();
    const pids: number[] = [];
    let cancelledAt = 0;
    const { provider: p, scratch } = provider(2, 'cancel', (pid) => pids.push(pid));
    const out = join(work, 'cancel-out');
    const rendering = p.generate(makeRequest(timeline, out, 'video', 'standard'), {
      ...context(),
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.stage === 'rendering' && progress.progress > 0.2 && cancelledAt === 0) {
          cancelledAt = Date.now();
          controller.abort(new CancelledError());
        }
      },
    });
    await expect(rendering).rejects.toBeInstanceOf(CancelledError);
    expect(Date.now() - cancelledAt).toBeLessThan(1000);
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(isRunning(pid)).toBe(false);
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('stops the other parts when one fails, and leaves nothing behind', async () => {
    const timeline = makeTimeline({
      channel: 'fire',
      hook: 'Long first part',
      points: ['b'],
      cta: 'c',
      sceneSeconds: 6,
    });
    // The last scene's "clip" is not a video: only the part that shows it fails, at once.
    const broken = join(work, 'broken.mp4');
    writeFileSync(broken, 'not a video');
    const pids: number[] = [];
    const { provider: p, scratch } = provider(2, 'broken', (pid) => pids.push(pid));
    const out = join(work, 'broken-out');
    const rendering = p.composeWithSceneBackgrounds(
      makeRequest(timeline, out, 'video', 'standard'),
      context(),
      [undefined, undefined, broken],
    );
    await expect(rendering).rejects.toBeInstanceOf(ProviderError);
    await expect(rendering).rejects.toThrow(/ffmpeg failed: .*broken\.mp4/);
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(isRunning(pid)).toBe(false);
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('refuses a wrong parts setting, naming the config field, before starting ffmpeg', async () => {
    const pids: number[] = [];
    const settings = ffmpegSettings({ options: { parts: 'two' } });
    const p = new FfmpegVideoProvider(settings, { onSpawn: (pid) => pids.push(pid) });
    expect(await p.isAvailable()).toEqual({
      available: false,
      reason: 'providers.ffmpeg.parts: expected a whole number from 1 to 8',
    });
    const timeline = makeTimeline({ channel: 'air', hook: 'x', points: [], cta: 'y', sceneSeconds: 1 });
    await expect(
      p.generate(makeRequest(timeline, join(work, 'bad-config'), 'video'), context()),
    ).rejects.toThrow(/providers\.ffmpeg\.parts: expected a whole number from 1 to 8/);
    expect(pids).toEqual([]);
  });
});
