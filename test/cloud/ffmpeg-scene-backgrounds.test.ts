import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FfmpegVideoProvider } from '../../src/main/infrastructure/providers/ffmpeg/index.js';
import { ffmpegSettings, makeRequest, makeTimeline } from '../ffmpeg/fixtures.js';
import { grabRgb, HAS_FFMPEG, meanRgb, probe } from '../support/media-tools.js';
import { FAKE_CLIP_COLOUR, makeFakeMedia, type FakeMedia } from '../fakes/fake-media.js';

const noCheckpoint = { load: () => undefined, save: () => undefined };

describe.skipIf(!HAS_FFMPEG)('FFmpeg composition over per-scene background clips', () => {
  let media: FakeMedia;
  let out: string;
  beforeAll(async () => {
    media = await makeFakeMedia();
    out = mkdtempSync(join(tmpdir(), 'reelforge-bgclips-'));
  });
  afterAll(async () => {
    await media.cleanup();
    rmSync(out, { recursive: true, force: true });
  });

  it('plays clips behind the text, scaled and cropped to fill the frame, looped when the scene is longer', async () => {
    // 4 s scenes over 2 s landscape clips: each clip must be cropped to portrait and loop twice.
    const timeline = makeTimeline({
      channel: 'air',
      hook: 'A calm start',
      points: ['One thing'],
      cta: 'Follow',
      sceneSeconds: 4,
    });
    const request = makeRequest(timeline, out, 'clips');
    const provider = new FfmpegVideoProvider(ffmpegSettings());
    const result = await provider.composeWithSceneBackgrounds(
      request,
      { signal: new AbortController().signal, onProgress: () => undefined, checkpoint: noCheckpoint },
      // The last scene keeps its drawn gradient.
      [media.runwayLandscape, media.runwayPortrait, undefined],
    );
    expect(result.width).toBe(540);
    expect(result.height).toBe(960);
    const info = probe(result.outputPath, { countFrames: true });
    expect(info.durationSeconds).toBeCloseTo(12, 1);
    const video = info.streams.find((s) => s.codec_type === 'video')!;
    expect(video.r_frame_rate).toBe('30/1');
    expect(Number(video.nb_read_frames)).toBe(360);
    expect(info.streams.some((s) => s.codec_type === 'audio')).toBe(true);
    // Corners (away from the text) show the clip's colour, also after the clip ran out once.
    for (const seconds of [0.2, 3.5, 5.9]) {
      const [r, g, b] = meanRgb(grabRgb(result.outputPath, seconds, 16, 16).subarray(0, 3 * 16 * 2));
      expect(Math.abs(r - FAKE_CLIP_COLOUR.rgb[0])).toBeLessThan(30);
      expect(Math.abs(g - FAKE_CLIP_COLOUR.rgb[1])).toBeLessThan(30);
      expect(Math.abs(b - FAKE_CLIP_COLOUR.rgb[2])).toBeLessThan(30);
    }
    // The scene without a clip is the air channel's light gradient, not green and not black.
    const [r3, g3, b3] = meanRgb(grabRgb(result.outputPath, 10.5, 16, 16).subarray(0, 3 * 16 * 2));
    expect(b3).toBeGreaterThan(g3 - 40);
    expect(r3 + g3 + b3).toBeGreaterThan(150);
    expect(readdirSync(out).sort()).toEqual(['clips.jpg', 'clips.mp4']);
  });

  it('rejects a clip that does not exist, naming the scene', async () => {
    const timeline = makeTimeline({ channel: 'air', hook: 'A', points: ['B'], cta: 'C', sceneSeconds: 2 });
    const provider = new FfmpegVideoProvider(ffmpegSettings());
    await expect(
      provider.composeWithSceneBackgrounds(
        makeRequest(timeline, out, 'missing'),
        { signal: new AbortController().signal, onProgress: () => undefined, checkpoint: noCheckpoint },
        [undefined, '/nowhere/clip.mp4'],
      ),
    ).rejects.toThrow(/scene 1: \/nowhere\/clip\.mp4/);
  });
});
