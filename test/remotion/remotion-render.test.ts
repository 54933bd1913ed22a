import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderSettings } from '#core/config.js';
import { CancelledError } from '#core/errors.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { ProviderOutput } from '#core/result.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import type { AspectRatio } from '#core/video-quality.js';
import type { BuiltinChannelId } from '#core/channels/builtin-channels.js';
import {
  findAppRoot,
  locateBundle,
} from '../../src/main/infrastructure/providers/remotion/bundle-locator.js';
import { RemotionVideoProvider } from '../../src/main/infrastructure/providers/remotion/remotion-video-provider.js';
import { compositionIdFor, metadataFromProps, timelineToCompositionProps } from '../../src/remotion/props.js';
import { shortScript, shortTimeline } from './fixtures.js';
import { makeTone, meanVolume, probe } from '../support/media-tools.js';
import { BrowserPool } from '../../src/main/infrastructure/providers/remotion/browser-pool.js';
import { descendantProcesses } from '../support/processes.js';

// Real Chromium, Remotion and ffprobe. One provider (one bundle, one browser) serves every test.
const BROWSER = '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'reelforge-remotion-test-'));
const cacheDir = join(work, 'cache');
const outputDir = join(work, 'out');
const settings: ProviderSettings = {
  enabled: true,
  maxConcurrent: 1,
  timeoutSeconds: 300,
  binaryPath: BROWSER,
  options: {},
};
let provider: RemotionVideoProvider;

function request(channel: BuiltinChannelId, timeline: VideoTimeline, name: string): VideoGenerationRequest {
  return {
    jobId: name,
    script: shortScript(channel),
    timeline,
    quality: 'draft',
    aspectRatio: '9:16',
    outputDir,
    outputBaseName: name,
    requiredCapabilities: ['animation', 'transitions', 'captions', 'audio'],
  };
}

const context = { signal: new AbortController().signal, onProgress: () => undefined };

beforeAll(async () => {
  provider = new RemotionVideoProvider({ settings: () => settings, cacheDir });
  // Build the bundle up front so no single test carries its cost.
  await locateBundle({ appRoot: findAppRoot(), cacheDir });
}, 120_000);

afterAll(async () => {
  await provider.dispose();
  rmSync(work, { recursive: true, force: true });
});

describe('RemotionVideoProvider with Chromium', () => {
  it('is available with the installed Chromium', async () => {
    expect(await provider.isAvailable()).toMatchObject({
      available: true,
      version: expect.stringMatching(/Chrom/),
    });
  });

  /** Everything a finished draft must be, checked with ffprobe. */
  function expectValidDraft(output: ProviderOutput, timeline: VideoTimeline, name: string): void {
    expect(output).toMatchObject({
      outputPath: join(outputDir, `${name}.mp4`),
      thumbnailPath: join(outputDir, `${name}.jpg`),
      width: 540,
      height: 960,
      mimeType: 'video/mp4',
    });
    const info = probe(output.outputPath);
    const video = info.streams.find((s) => s.codec_type === 'video');
    const audio = info.streams.find((s) => s.codec_type === 'audio');
    expect(video).toMatchObject({
      codec_name: 'h264',
      width: 540,
      height: 960,
      pix_fmt: 'yuv420p',
      r_frame_rate: '30/1',
    });
    expect(audio?.codec_name).toBe('aac');
    expect(Math.abs(info.durationSeconds - timeline.durationSeconds)).toBeLessThanOrEqual(0.1);
    expect(probe(output.thumbnailPath!).streams[0]).toMatchObject({
      codec_name: 'mjpeg',
      width: 540,
      height: 960,
    });
    // This render's own partial files only: in the two-at-once test the other may still be writing its own.
    expect(readdirSync(outputDir).filter((f) => f.startsWith(`.${name}.partial`))).toEqual([]);
  }

  /** Renders `timeline` (`channel`'s short one), checks the finished draft and the stages it went through. */
  async function renderDraft(
    channel: BuiltinChannelId,
    name: string,
    timeline = shortTimeline(channel),
  ): Promise<void> {
    const stages: string[] = [];
    const output = await provider.generate(request(channel, timeline, name), {
      signal: new AbortController().signal,
      onProgress: ({ stage }) => stages.push(stage),
    });
    expectValidDraft(output, timeline, name);
    expect(stages).toContain('bundling');
    expect(stages.some((s) => /^rendering frames \d+\/\d+$/.test(s))).toBe(true);
    expect(stages.at(-1)).toBe('done');
    // The poster is the frame the composition emitted while rendering, not a second render.
    expect(stages).toContain('writing poster');
    expect(stages).not.toContain('rendering poster');
  }

  // Air and earth render in the two-at-once test below; water with music and a voice-over.
  it('renders a fire draft to a 540×960 30 fps H.264/AAC yuv420p MP4 as long as its timeline', async () => {
    await renderDraft('fire', 'fire');
  }, 90_000);

  it('renders a water draft with music and a voice-over mixed into the audio track', async () => {
    const music = join(work, 'music.mp3');
    const voice = join(work, 'voice.wav');
    makeTone(music, 440, 1.5);
    makeTone(voice, 660, 0.6);
    const timeline = shortTimeline('water', 1, { music, voiceOvers: { hook: voice } });
    expect(timeline.scenes[0]!.voiceOverPath).toBe(voice);
    const output = await provider.generate(request('water', timeline, 'water'), context);
    expectValidDraft(output, timeline, 'water');
    // A silent track (what enforceAudioTrack adds alone) measures -91 dB.
    expect(meanVolume(output.outputPath, 0, timeline.durationSeconds)).toBeGreaterThan(-40);
  }, 90_000);

  describe('composition metadata', () => {
    // A browser of the provider's kind for the three aspect ratios, closed after them (and its
    // temp folder with it) as renders do, before the cancel test counts the browsers left.
    const pool = new BrowserPool();
    let lease: Awaited<ReturnType<BrowserPool['acquire']>>;
    beforeAll(async () => {
      lease = await pool.acquire({ executable: BROWSER, chromeMode: 'chrome-for-testing' });
    }, 60_000);
    afterAll(() => pool.dispose());

    it.each<AspectRatio>(['9:16', '1:1', '16:9'])(
      'round-trips %s props: the composition lasts exactly the timeline frames at the props size',
      async (aspectRatio) => {
        const { selectComposition } = await import('@remotion/renderer');
        const { serveUrl } = await locateBundle({ appRoot: findAppRoot(), cacheDir });
        const timeline = shortTimeline('earth', 2);
        const props = timelineToCompositionProps(timeline, { width: 640, height: 360 });
        const composition = await selectComposition({
          serveUrl,
          id: compositionIdFor(aspectRatio),
          inputProps: props,
          browserExecutable: BROWSER,
          chromeMode: 'chrome-for-testing',
          puppeteerInstance: lease.browser,
          logLevel: 'error',
        });
        expect(composition.durationInFrames).toBe(Math.round(timeline.durationSeconds * timeline.fps));
        expect(composition.durationInFrames).toBe(metadataFromProps(props).durationInFrames);
        expect([composition.width, composition.height, composition.fps]).toEqual([640, 360, 30]);
      },
      60_000,
    );
  });

  it('cancels mid-render: rejects with the abort reason, leaves no partial file and no browser or compositor', async () => {
    const controller = new AbortController();
    const timeline = shortTimeline('fire', 4);
    const pending = provider.generate(request('fire', timeline, 'cancelled'), {
      signal: controller.signal,
      onProgress: ({ stage }) => {
        const match = /^rendering frames (\d+)\//.exec(stage);
        if (match && Number(match[1]) >= 10) controller.abort(new CancelledError());
      },
    });
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(controller.signal.aborted).toBe(true);
    const leftovers = (): unknown[] => descendantProcesses(process.pid, /chrom|remotion|compositor/i);
    // The browser of a cut-off render is retired and closed; give the processes a moment to exit.
    for (let i = 0; i < 50 && leftovers().length > 0; i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(leftovers()).toEqual([]);
    expect(
      readdirSync(outputDir).filter((f) => f.startsWith('.cancelled') || f.startsWith('cancelled')),
    ).toEqual([]);
    expect(existsSync(join(outputDir, 'cancelled.mp4'))).toBe(false);
  }, 90_000);

  // After the cancel test, which expects no browser left: this one leaves two waiting.
  it('renders two jobs at once, each in a browser of its own, and keeps both open for the next jobs', async () => {
    // Distinct Chromium profiles among our descendants: one per browser, whatever its helpers.
    const browsers = (): number =>
      new Set(
        descendantProcesses(process.pid, /--user-data-dir=/).map(
          (p) => /--user-data-dir=(\S+)/.exec(p.command)![1],
        ),
      ).size;
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, browsers())), 100);
    try {
      // Scenes of 0.8 s (72 frames each, not 108): what counts here is two renders at once.
      await Promise.all([
        renderDraft('air', 'pair-air', shortTimeline('air', 1, undefined, 0.8)),
        renderDraft('earth', 'pair-earth', shortTimeline('earth', 1, undefined, 0.8)),
      ]);
    } finally {
      clearInterval(timer);
    }
    expect(peak).toBe(2);
    expect(browsers()).toBe(2);
  }, 120_000);
});
