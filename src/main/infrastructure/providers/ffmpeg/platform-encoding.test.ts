import { describe, expect, it } from 'vitest';
import { PLATFORM_PRESETS, videoBitrateCapKbps } from '#core/platform-presets.js';
import { loudnessFilter } from './audio-graph.js';
import { encodeOptions } from './encoder-options.js';
import { buildFilterGraph } from './filter-graph.js';
import { planRender } from './render-plan.js';
import { assetsFor, timelineOf } from '../../../../../test/ffmpeg/plan-fixtures.js';

// What a platform preset changes in an FFmpeg render: the bitrate cap and the final loudness step.

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

describe('the bitrate cap of a platform', () => {
  const base = { fps: 30, totalFrames: 90, videoOutput: 'v', threads: { encoder: 2, filter: 2 } };

  it("replaces the quality's maxrate and sizes the buffer to it", () => {
    const args = encodeOptions({
      ...base,
      quality: 'high',
      videoBitrateCapKbps: videoBitrateCapKbps('high', 'tiktok'),
    });
    expect(option(args, '-maxrate')).toBe('8000k');
    expect(option(args, '-bufsize')).toBe('16000k');
    // Everything else about the codec stays the quality's.
    expect(option(args, '-preset')).toBe('medium');
    expect(option(args, '-crf')).toBe('20');
  });

  it("leaves the quality's own cap without a platform", () => {
    expect(option(encodeOptions({ ...base, quality: 'high' }), '-maxrate')).toBe('10000k');
  });
});

describe('the loudness step', () => {
  it("aims loudnorm at the preset's integrated loudness, half a dB under its true-peak limit", () => {
    expect(loudnessFilter(PLATFORM_PRESETS.reels.loudness!)).toBe(
      'loudnorm=I=-14:TP=-1.5:LRA=20,aresample=48000',
    );
  });

  function graph(extra: { musicPath?: string; platform: boolean }) {
    const timeline = { ...timelineOf([2, 2, 2], 'cut'), musicPath: extra.musicPath };
    const plan = planRender({
      timeline,
      frame: { width: 540, height: 960 },
      assets: assetsFor(timeline),
      ...(extra.platform ? { loudness: PLATFORM_PRESETS.shorts.loudness } : {}),
    });
    return buildFilterGraph(plan).filterComplex;
  }

  it('normalises the final mix when the script has music and a platform is chosen', () => {
    const filters = graph({ musicPath: '/m.mp3', platform: true });
    const finalChain = filters.split(';').find((c) => c.includes('amix=inputs=2'))!;
    expect(finalChain).toContain('loudnorm=I=-14:TP=-1.5');
    expect(finalChain).not.toContain('alimiter');
  });

  it('keeps the limiter and no final loudnorm without a platform', () => {
    const finalChain = graph({ musicPath: '/m.mp3', platform: false })
      .split(';')
      .find((c) => c.includes('amix=inputs=2'))!;
    expect(finalChain).toContain('alimiter');
    expect(finalChain).not.toContain('loudnorm=I=-14');
  });

  it('leaves a silent soundtrack silent', () => {
    expect(graph({ platform: true })).not.toContain('loudnorm');
  });
});
