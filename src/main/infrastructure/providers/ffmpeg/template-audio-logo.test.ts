import { describe, expect, it } from 'vitest';
import { buildFilterGraph } from './filter-graph.js';
import { planRender } from './render-plan.js';
import { assetsFor, timelineOf } from '../../../../../test/ffmpeg/plan-fixtures.js';

// What a template adds to the FFmpeg graph: its music level and its logo overlay.
const frame = { width: 540, height: 960 };

function graphWith(style: { musicVolume?: number; logo?: boolean }, voice = false) {
  const base = timelineOf([2, 2], 'cut');
  const timeline = {
    ...base,
    musicPath: '/music.mp3',
    style: {
      ...base.style,
      ...(style.musicVolume !== undefined ? { musicVolume: style.musicVolume } : {}),
      ...(style.logo
        ? {
            logo: {
              path: '/t/mine.files/logo.png',
              width: 200,
              height: 100,
              position: 'bottom-left' as const,
            },
          }
        : {}),
    },
    scenes: base.scenes.map((s) => (voice ? { ...s, voiceOverPath: `/voice-${s.index}.wav` } : s)),
  };
  return buildFilterGraph(planRender({ timeline, frame, assets: assetsFor(timeline) }));
}

describe("a template's music volume", () => {
  it('scales the music, alone or under a voice, and leaves it at full level without one', () => {
    expect(graphWith({}).filterComplex).toContain('volume=1[');
    expect(graphWith({ musicVolume: 0.25 }).filterComplex).toContain('volume=0.25[');
    expect(graphWith({ musicVolume: 0.5 }, true).filterComplex).toContain('volume=0.25[');
  });
});

describe("a template's logo", () => {
  it('is one more input, scaled and overlaid over the finished picture', () => {
    const graph = graphWith({ logo: true });
    expect(graph.inputs.map((i) => i.path)).toContain('/t/mine.files/logo.png');
    expect(graph.filterComplex).toMatch(/scale=\d+:\d+,format=rgba\[logo\d+\]/);
    expect(graph.filterComplex).toMatch(/overlay=x=\d+:y=\d+:eof_action=repeat,format=yuv420p/);
  });

  it('adds nothing without one', () => {
    expect(graphWith({}).filterComplex).not.toContain('eof_action=repeat');
    expect(graphWith({}).inputs).toHaveLength(graphWith({ logo: true }).inputs.length - 1);
  });
});
