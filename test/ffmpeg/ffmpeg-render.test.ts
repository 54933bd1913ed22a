import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError, ProviderError, TimeoutError } from '#core/errors.js';
import type { RenderProgress } from '#core/provider.js';
import { FfmpegVideoProvider } from '../../src/main/infrastructure/providers/ffmpeg/index.js';
import { CHANNEL_STYLES, ffmpegSettings, makeRequest, makeTimeline, type ChannelId } from './fixtures.js';
import {
  grabRgb,
  HAS_FFMPEG,
  HAS_TESSERACT,
  makeTone,
  meanRgb,
  meanVolume,
  ocr,
  probe,
} from '../support/media-tools.js';
import { isRunning } from '../support/processes.js';

let work: string;
let scratch: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'reelforge-ffmpeg-test-'));
  scratch = join(work, 'scratch');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function provider(onSpawn?: (pid: number) => void): FfmpegVideoProvider {
  return new FfmpegVideoProvider(ffmpegSettings({ options: { tempDir: scratch } }), { onSpawn });
}

function run(options: { signal?: AbortSignal; progress?: RenderProgress[] } = {}) {
  return {
    signal: options.signal ?? new AbortController().signal,
    onProgress: (p: RenderProgress) => options.progress?.push(p),
  };
}

/** Files left in a folder, ignoring nothing: partial outputs and scratch files must all be gone. */
function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

const palettesMean = Object.fromEntries(
  Object.entries(CHANNEL_STYLES).map(([id, style]) => {
    const stops = style.palette.background.map((hex) =>
      [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)),
    );
    return [id, [0, 1, 2].map((c) => stops.reduce((s, rgb) => s + rgb[c]!, 0) / stops.length)];
  }),
) as Record<ChannelId, number[]>;

function nearestChannel(rgb: readonly number[]): ChannelId {
  let best: ChannelId = 'air';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [id, mean] of Object.entries(palettesMean) as [ChannelId, number[]][]) {
    const distance = Math.hypot(...mean.map((v, i) => v - rgb[i]!));
    if (distance < bestDistance) [best, bestDistance] = [id, distance];
  }
  return best;
}

describe.skipIf(!HAS_FFMPEG)('FfmpegVideoProvider with real ffmpeg', () => {
  it('reports the ffmpeg version when available', async () => {
    const availability = await provider().isAvailable();
    expect(availability.available).toBe(true);
    expect(availability.version).toMatch(/^ffmpeg \d+\.\d+/);
  });

  describe.each(['air', 'water', 'earth', 'fire'] as const)('the %s look', (channel) => {
    it('renders a checked MP4 and poster in the channel colours', async () => {
      const out = join(work, channel);
      const timeline = makeTimeline({
        channel,
        hook: `Welcome to ${channel}`,
        points: ['A point worth making'],
        cta: 'Follow now',
        sceneSeconds: 1.5,
      });
      const progress: RenderProgress[] = [];
      const result = await provider().generate(
        makeRequest(timeline, out, `look-${channel}`),
        run({ progress }),
      );

      expect(result.outputPath).toBe(join(out, `look-${channel}.mp4`));
      expect(result.thumbnailPath).toBe(join(out, `look-${channel}.jpg`));
      expect(result).toMatchObject({ width: 540, height: 960, mimeType: 'video/mp4' });
      expect(result.sizeBytes).toBe(statSync(result.outputPath).size);
      expect(Math.abs(result.durationSeconds - 4.5)).toBeLessThanOrEqual(0.1);
      expect(filesIn(out).sort()).toEqual([`look-${channel}.jpg`, `look-${channel}.mp4`]);
      expect(filesIn(scratch)).toEqual([]);

      const { durationSeconds, streams } = probe(result.outputPath, { countFrames: true });
      const video = streams.find((s) => s.codec_type === 'video')!;
      const audio = streams.find((s) => s.codec_type === 'audio')!;
      expect(video).toMatchObject({
        codec_name: 'h264',
        pix_fmt: 'yuv420p',
        width: 540,
        height: 960,
        r_frame_rate: '30/1',
      });
      expect(Number(video.nb_read_frames)).toBe(135);
      expect(audio.codec_name).toBe('aac');
      expect(Math.abs(durationSeconds - 4.5)).toBeLessThanOrEqual(0.1);

      // Middle of the point scene: the frame's average colour is this channel's palette, not another's.
      expect(nearestChannel(meanRgb(grabRgb(result.outputPath, 2.2, 54, 96)))).toBe(channel);

      const stages = [...new Set(progress.map((p) => p.stage))];
      expect(stages).toEqual(['preparing text', 'rendering', 'finalizing']);
      expect(progress.at(-1)?.progress).toBe(1);
      expect(progress.every((p, i) => i === 0 || p.progress >= progress[i - 1]!.progress)).toBe(true);
    });
  });

  it('renders text no filter graph could take: quotes, %, \\, :, [], accents, CJK, emoji, Arabic, Hebrew', async () => {
    const out = join(work, 'unicode');
    const timeline = makeTimeline({
      channel: 'water',
      hook: `It's "50%" off: [today] \\ only'; drawtext=text=x,`,
      points: [
        'Crème brûlée, naïve façade — ñ ü ø',
        '中文字幕：这是一个需要换行的很长的句子，日本語も한국어도',
        'مرحبا بالعالم 🚀 שלום 👩‍👩‍👧 %{pts}',
      ],
      cta: 'Follow → @channel #1 🔥',
      sceneSeconds: 1,
    });
    const result = await provider().generate(makeRequest(timeline, out, 'unicode'), run());
    const { streams } = probe(result.outputPath, { countFrames: true });
    expect(Number(streams.find((s) => s.codec_type === 'video')!.nb_read_frames)).toBe(150);
    // The CJK scene shows white text; the water gradient behind it has no near-white pixel.
    const rgb = grabRgb(result.outputPath, 2.6, 270, 480);
    const white = [...Array(rgb.length / 3).keys()].filter(
      (i) => rgb[3 * i]! > 230 && rgb[3 * i + 1]! > 230 && rgb[3 * i + 2]! > 230,
    );
    expect(white.length).toBeGreaterThan(500);
  });

  it.skipIf(!HAS_TESSERACT)('draws a hook that OCR can read back', async () => {
    const out = join(work, 'ocr');
    const timeline = makeTimeline({
      channel: 'water',
      hook: 'STOP SCROLLING NOW',
      points: ['Point'],
      cta: 'Follow',
      sceneSeconds: 1.5,
    });
    const result = await provider().generate(makeRequest(timeline, out, 'ocr'), run());
    const text = ocr(result.thumbnailPath!).toUpperCase();
    expect(text).toContain('SCROLLING');
  });

  it('mixes music and voice-over, ducking the music under the voice', async () => {
    const out = join(work, 'audio');
    const music = join(work, 'music.mp3');
    const voice = join(work, 'voice.wav');
    makeTone(music, 220, 3, ['-ac', '2']);
    makeTone(voice, 1500, 1.5, ['-ar', '22050']);
    const timeline = makeTimeline({
      channel: 'earth',
      hook: 'Listen',
      points: ['Quiet'],
      cta: 'Voice',
      sceneSeconds: 2,
      musicPath: music,
      voiceOvers: [voice, undefined, voice],
    });
    const result = await provider().generate(makeRequest(timeline, out, 'audio'), run());
    expect(Math.abs(result.durationSeconds - 6)).toBeLessThanOrEqual(0.1);
    const musicBand = 'lowpass=f=400,lowpass=f=400';
    const voiceBand = 'highpass=f=1000,highpass=f=1000';
    // Scene 2 (2–4 s) has no voice: music at full level. Scenes 1 and 3 carry the voice.
    const musicAlone = meanVolume(result.outputPath, 2.5, 1, musicBand);
    const musicUnderVoice = meanVolume(result.outputPath, 0.6, 0.8, musicBand);
    expect(musicAlone).toBeGreaterThan(-35);
    expect(musicUnderVoice).toBeLessThan(musicAlone - 6);
    expect(meanVolume(result.outputPath, 4.3, 0.8, voiceBand)).toBeGreaterThan(-35);
    expect(meanVolume(result.outputPath, 2.5, 1, voiceBand)).toBeLessThan(-45);
  });

  it('always has an audio track, silent without music', async () => {
    const out = join(work, 'silent');
    const timeline = makeTimeline({ channel: 'air', hook: 'Quiet', points: [], cta: 'Bye', sceneSeconds: 1 });
    const result = await provider().generate(makeRequest(timeline, out, 'silent'), run());
    expect(
      probe(result.outputPath)
        .streams.map((s) => s.codec_type)
        .sort(),
    ).toEqual(['audio', 'video']);
    expect(meanVolume(result.outputPath, 0, 2)).toBeLessThan(-80);
  });

  describe.each([
    ['cancel', () => new CancelledError(), CancelledError],
    ['timeout', () => new TimeoutError('render', 1), TimeoutError],
  ] as const)('%s during the render', (_name, reason, errorType) => {
    it('kills ffmpeg within a second and leaves no file behind', async () => {
      const out = join(work, `abort-${_name}`);
      const timeline = makeTimeline({
        channel: 'fire',
        hook: 'Long one',
        points: ['a', 'b', 'c'],
        cta: 'end',
        sceneSeconds: 6,
      });
      const controller = new AbortController();
      const pids: number[] = [];
      let abortedAt = 0;
      const progress: RenderProgress[] = [];
      const rendering = provider((pid) => pids.push(pid)).generate(
        makeRequest(timeline, out, 'abort', 'standard'),
        {
          signal: controller.signal,
          onProgress: (p) => {
            progress.push(p);
            if (p.stage === 'rendering' && p.progress > 0.15 && !controller.signal.aborted) {
              abortedAt = Date.now();
              controller.abort(reason());
            }
          },
        },
      );
      await expect(rendering).rejects.toBeInstanceOf(errorType);
      expect(Date.now() - abortedAt).toBeLessThan(1000);
      expect(pids.length).toBeGreaterThan(0);
      for (const pid of pids) expect(isRunning(pid)).toBe(false);
      expect(filesIn(out)).toEqual([]);
      expect(filesIn(scratch)).toEqual([]);
    });
  });

  it('rejects a missing audio file naming the timeline field, before running ffmpeg', async () => {
    const timeline = makeTimeline({
      channel: 'air',
      hook: 'x',
      points: [],
      cta: 'y',
      sceneSeconds: 1,
      musicPath: join(work, 'nope.mp3'),
    });
    const error = await provider()
      .generate(makeRequest(timeline, join(work, 'missing'), 'missing'), run())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).code).toBe('missing_media');
    expect((error as Error).message).toContain('timeline.musicPath');
  });
});

describe('FfmpegVideoProvider without ffmpeg', () => {
  const missing = () => new FfmpegVideoProvider(ffmpegSettings({ binaryPath: '/nonexistent/bin/ffmpeg' }));

  it('is unavailable and says how to fix it', async () => {
    const availability = await missing().isAvailable();
    expect(availability.available).toBe(false);
    expect(availability.reason).toContain('ffmpeg not found: install it or set FFMPEG_PATH');
    expect(availability.reason).toContain('/nonexistent/bin/ffmpeg');
  });

  it('rejects generate with a ProviderError carrying the reason', async () => {
    const timeline = makeTimeline({ channel: 'air', hook: 'x', points: [], cta: 'y', sceneSeconds: 1 });
    const error = await missing()
      .generate(makeRequest(timeline, join(tmpdir(), 'never-written'), 'x'), run())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).code).toBe('unavailable');
    expect((error as Error).message).toContain('ffmpeg not found: install it or set FFMPEG_PATH');
  });
});
