import { describe, expect, it } from 'vitest';
import type { TransitionKind } from '#core/channel.js';
import { buildFilterGraph, imageInputOptions, splitAtRest } from './filter-graph.js';
import { planRender, posterFrame } from './render-plan.js';
import { assetsFor, timelineOf } from '../../../../../test/ffmpeg/plan-fixtures.js';

const frame = { width: 540, height: 960 };

function graphFor(
  kind: TransitionKind,
  extra: { musicPath?: string; voice?: boolean; engine?: 'xfade' } = {},
) {
  const base = timelineOf([2, 2, 2], kind);
  const timeline = {
    ...base,
    musicPath: extra.musicPath,
    scenes: base.scenes.map((s, i) =>
      extra.voice && i !== 1 ? { ...s, voiceOverPath: `/voice-${i}.wav` } : s,
    ),
  };
  const plan = planRender({
    timeline,
    frame,
    assets: assetsFor(timeline),
    wipeMask: { path: '/tmp/mask.rgba', raw: { width: 1123, height: 960 } },
    transitionEngine: extra.engine,
  });
  return buildFilterGraph(plan);
}

/** Every [label] used as an input is produced exactly once and consumed exactly once. */
function expectWellFormed(filterComplex: string, inputCount: number): void {
  const produced = new Map<string, number>();
  const consumed = new Map<string, number>();
  for (const chain of filterComplex.split(';')) {
    const inputs = /^((?:\[[^\]]+\])*)/.exec(chain)![1]!.match(/\[([^\]]+)\]/g) ?? [];
    const outputs = /((?:\[[^\]]+\])*)$/.exec(chain)![1]!.match(/\[([^\]]+)\]/g) ?? [];
    for (const l of inputs) consumed.set(l, (consumed.get(l) ?? 0) + 1);
    for (const l of outputs) produced.set(l, (produced.get(l) ?? 0) + 1);
  }
  for (const [label, n] of consumed) {
    expect(n, label).toBe(1);
    if (!/^\[\d+:[va]\]$/.test(label)) expect(produced.get(label), label).toBe(1);
    else expect(Number(label.slice(1).split(':')[0])).toBeLessThan(inputCount);
  }
}

describe('buildFilterGraph', () => {
  it.each(['crossfade', 'slide-up', 'slide-left', 'wipe', 'zoom', 'cut'] as const)(
    'builds a well-formed graph for %s',
    (kind) => {
      const graph = graphFor(kind);
      expectWellFormed(graph.filterComplex, graph.inputs.length);
      expect(graph.filterComplex).toContain(`[${graph.videoOutput}]`);
      expect(graph.filterComplex).toContain(`[${graph.audioOutput}]`);
    },
  );

  it('draws each transition the chosen way', () => {
    expect(graphFor('crossfade').filterComplex).toMatch(/fade=t=in:s=0:n=15:alpha=1/);
    expect(graphFor('slide-up').filterComplex).toMatch(/y='main_h\*\(1-/);
    expect(graphFor('slide-left').filterComplex).toMatch(/x='main_w\*\(1-/);
    expect(graphFor('wipe').filterComplex).toMatch(/alphamerge/);
    expect(graphFor('zoom').filterComplex).toMatch(/scale=w='trunc\(iw\*\(0.8\+0.2\*.*eval=frame/);
    expect(graphFor('zoom', { engine: 'xfade' }).filterComplex).toMatch(
      /xfade=transition=zoomin:duration=0.5:offset=0/,
    );
    expect(graphFor('cut').filterComplex).not.toMatch(/xfade|alphamerge|main_h/);
    expect(graphFor('slide-up', { engine: 'xfade' }).filterComplex).toMatch(/xfade=transition=slideup/);
  });

  it('composes still parts once and loops them; only moving text is overlaid per frame', () => {
    const graph = graphFor('cut');
    const stills = graph.filterComplex
      .split(';')
      .filter((c) => /overlay=x=\d+:y=\d+:format=yuv420,loop/.test(c));
    const moving = graph.filterComplex
      .split(';')
      .filter((c) => c.includes(':eval=frame:format=yuv420,setpts=PTS-STARTPTS'));
    expect(stills).toHaveLength(3);
    expect(moving).toHaveLength(3);
  });

  it('reads images once each, raw backgrounds with their size', () => {
    const graph = graphFor('crossfade');
    expect(graph.inputs).toHaveLength(6);
    expect(graph.inputs[0]).toEqual({
      path: '/tmp/bg-0.rgba',
      options: ['-f', 'rawvideo', '-pix_fmt', 'rgba', '-video_size', '540x960', '-framerate', '30'],
    });
    expect(graph.inputs[1]).toEqual({ path: '/tmp/text-0.png', options: ['-framerate', '30'] });
  });

  it('cuts the poster frame from the finished picture in the same graph', () => {
    const graph = graphFor('crossfade');
    const timeline = timelineOf([2, 2, 2], 'crossfade');
    const plan = planRender({ timeline, frame, assets: assetsFor(timeline) });
    const poster = posterFrame(plan);
    expect(graph.filterComplex).toMatch(
      new RegExp(
        `,split=2\\[${graph.videoOutput}\\]\\[(vout\\d+)\\];\\[\\1\\]trim=start_frame=${poster}:end_frame=${poster + 1}\\[${graph.posterOutput}\\]`,
      ),
    );
  });

  it('never puts file paths or script text into the filter string', () => {
    const graph = graphFor('wipe', { musicPath: "/music/it's: [x].mp3", voice: true });
    expect(graph.filterComplex).not.toMatch(/\/tmp|music|voice|scene \d/);
  });

  it('makes silence the length of the video when there is no audio', () => {
    expect(graphFor('cut').filterComplex).toMatch(/anullsrc=r=48000:cl=stereo,atrim=duration=6\[aout\d+\]$/);
  });

  it('loops and fades music, delays voice-overs and ducks the music under them', () => {
    const graph = graphFor('cut', { musicPath: '/m.mp3', voice: true });
    const music = graph.inputs.find((i) => i.path === '/m.mp3');
    expect(music?.options).toEqual(['-stream_loop', '-1']);
    expect(graph.filterComplex).toMatch(/afade=t=in:d=1,afade=t=out:st=4.5:d=1.5/);
    expect(graph.filterComplex).toMatch(/adelay=delays=0:all=1/);
    expect(graph.filterComplex).toMatch(/adelay=delays=4000:all=1/);
    expect(graph.filterComplex).toMatch(/sidechaincompress/);
    expect(graph.filterComplex).toMatch(/loudnorm/);
    expectWellFormed(graph.filterComplex, graph.inputs.length);
  });
});

describe('buildFilterGraph for a part of the render', () => {
  const timeline = timelineOf([2, 2, 2], 'crossfade');
  const plan = planRender({ timeline, frame, assets: assetsFor(timeline) });
  const scene1 = plan.scenes[1]!;

  it('reads and builds only the scenes the part shows', () => {
    const graph = buildFilterGraph(plan, { range: { start: 0, end: scene1.startFrame }, audio: false });
    expectWellFormed(graph.filterComplex, graph.inputs.length);
    expect(graph.inputs.map((i) => i.path)).toEqual(['/tmp/bg-0.rgba', '/tmp/text-0.png']);
    expect(graph.filterComplex).not.toMatch(/fade=t=in:s=0/);
    expect(graph.audioOutput).toBeUndefined();
    expect(graph.filterComplex).not.toMatch(/anullsrc/);
    expect(graph.posterOutput).toBeDefined();
  });

  it('brings in the scene before when the part opens with a transition', () => {
    const graph = buildFilterGraph(plan, { range: { start: scene1.startFrame, end: plan.totalFrames } });
    expectWellFormed(graph.filterComplex, graph.inputs.length);
    expect(graph.inputs.map((i) => i.path)).toContain('/tmp/bg-0.rgba');
    expect(graph.filterComplex.match(/fade=t=in:s=0:n=15:alpha=1/g)).toHaveLength(2);
    expect(graph.posterOutput).toBeUndefined();
    expect(graph.audioOutput).toBeDefined();
  });

  it('shortens the still picture where a part starts or ends inside it, frames counted from the part', () => {
    const poster = posterFrame(plan);
    const cut = scene1.startFrame + 50;
    const first = buildFilterGraph(plan, { range: { start: 0, end: cut } });
    const second = buildFilterGraph(plan, { range: { start: cut, end: plan.totalFrames } });
    const settled = scene1.motionEndFrame;
    expect(first.filterComplex).toContain(`trim=end_frame=${cut - scene1.startFrame - settled},setsar=1`);
    expect(second.filterComplex).toMatch(
      new RegExp(
        `overlay=x=40:y=300:format=yuv420,loop=loop=-1:size=1:start=0,setpts=N/\\(30\\*TB\\),trim=end_frame=${scene1.frameCount - 50},`,
      ),
    );
    expect(second.inputs.map((i) => i.path)).not.toContain('/tmp/bg-0.rgba');
    expect(first.filterComplex).toContain(`trim=start_frame=${poster}:end_frame=${poster + 1}`);
    const late = buildFilterGraph(plan, { range: { start: 10, end: scene1.startFrame } });
    expect(late.filterComplex).toContain(`trim=start_frame=${poster - 10}:end_frame=${poster - 9}`);
  });

  it('makes a transition whole and trims it where a part starts or ends inside it', () => {
    const cut = scene1.startFrame + 5;
    const first = buildFilterGraph(plan, { range: { start: 0, end: cut } });
    const second = buildFilterGraph(plan, { range: { start: cut, end: plan.totalFrames } });
    expectWellFormed(first.filterComplex, first.inputs.length);
    expectWellFormed(second.filterComplex, second.inputs.length);
    expect(first.filterComplex).toContain('trim=start_frame=0:end_frame=5,setpts=N/(30*TB)');
    expect(second.filterComplex).toContain(
      `trim=start_frame=5:end_frame=${scene1.headFrames},setpts=N/(30*TB)`,
    );
    // The part starting inside the transition brings in the scene before, for its last frames.
    expect(second.inputs.map((i) => i.path)).toContain('/tmp/bg-0.rgba');
    // A part holding the whole transition is not trimmed.
    expect(buildFilterGraph(plan).filterComplex).not.toMatch(/\[tc\d+\]/);
    expect(() => buildFilterGraph(plan, { range: { start: 0, end: 181 } })).toThrow(/not inside 0–180/);
  });
});

describe('splitAtRest', () => {
  it('splits a range into moving and still parts', () => {
    expect(splitAtRest({ start: 0, end: 60 }, 20)).toEqual([
      { start: 0, end: 20 },
      { start: 20, end: 60 },
    ]);
    expect(splitAtRest({ start: 30, end: 60 }, 20)).toEqual([{ start: 30, end: 60 }]);
    expect(splitAtRest({ start: 0, end: 10 }, 20)).toEqual([{ start: 0, end: 10 }]);
    expect(splitAtRest({ start: 5, end: 5 }, 20)).toEqual([]);
  });
});

describe('imageInputOptions', () => {
  it('reads PNG as a single frame at the render rate', () => {
    expect(imageInputOptions({ path: '/a.png' }, 25)).toEqual(['-framerate', '25']);
  });
});
