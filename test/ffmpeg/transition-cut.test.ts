// A render in parts may be cut inside a transition (render-parts.ts does it when that balances the
// parts best): the part that starts there makes the transition whole and drops the frames before
// the cut. Checked before encoding, picture by picture: the parts' frames, one after the other,
// are exactly the frames of the whole render.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TransitionKind } from '#core/channel.js';
import { ffmpegArguments } from '../../src/main/infrastructure/providers/ffmpeg/ffmpeg-adapter.js';
import {
  buildFilterGraph,
  type FrameRange,
} from '../../src/main/infrastructure/providers/ffmpeg/filter-graph.js';
import {
  planRender,
  type RenderPlan,
  type SceneAssets,
} from '../../src/main/infrastructure/providers/ffmpeg/render-plan.js';
import { FFMPEG, HAS_FFMPEG, makeLavfiImage } from '../support/media-tools.js';
import { timelineOf } from './plan-fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'reelforge-transition-cut-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const size = { width: 270, height: 480 };

/** Real pictures: a different colour per scene and a half-transparent "text" box (made once per count). */
const made = new Map<number, SceneAssets[]>();
function assets(count: number): SceneAssets[] {
  if (!made.has(count)) made.set(count, makeAssets(count));
  return made.get(count)!;
}

function makeAssets(count: number): SceneAssets[] {
  return Array.from({ length: count }, (_, i) => {
    const background = join(work, `bg-${i}.png`);
    const text = join(work, `text-${i}.png`);
    const colour = ['0x1e3a8a', '0x7c2d12', '0x14532d', '0x581c87'][i % 4];
    makeLavfiImage(background, `color=c=${colour}:s=270x480`);
    makeLavfiImage(text, 'testsrc2=s=200x80', ['-vf', 'format=rgba,colorchannelmixer=aa=0.8']);
    return { background: { path: background }, text: { path: text, x: 35, y: 200, width: 200, height: 80 } };
  });
}

/** The checksum of every frame the graph makes for `range`, before any encoder sees it. */
function framesOf(plan: RenderPlan, range: FrameRange): string[] {
  const graph = buildFilterGraph(plan, { range, audio: false });
  const args = ffmpegArguments({
    inputs: graph.inputs,
    filterComplex: graph.filterComplex,
    outputs: [
      { path: 'pipe:1', options: ['-map', `[${graph.videoOutput}]`, '-f', 'framemd5'] },
      ...(graph.posterOutput
        ? [
            {
              path: join(work, 'poster.png'),
              options: ['-map', `[${graph.posterOutput}]`, '-frames:v', '1', '-update', '1'],
            },
          ]
        : []),
    ],
  }).map((a) => (a === 'file:pipe:1' ? 'pipe:1' : a));
  const out = execFileSync(FFMPEG, ['-v', 'error', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return out
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split(',').pop()!.trim());
}

describe.skipIf(!HAS_FFMPEG)('a part cut inside a transition or an entrance', () => {
  it.each([
    ['crossfade', 'overlay'],
    ['slide-up', 'overlay'],
    ['zoom', 'overlay'],
    ['wipe', 'overlay'],
    ['crossfade', 'xfade'],
  ] as [TransitionKind, 'overlay' | 'xfade'][])(
    'gives exactly the frames of the whole render (%s, %s engine)',
    (kind, engine) => {
      const timeline = timelineOf([1.5, 1.5, 1.5], kind, 0.5);
      const plan = planRender({
        timeline,
        frame: size,
        assets: assets(3),
        wipeMask: kind === 'wipe' ? { path: maskFile() } : undefined,
        transitionEngine: engine,
      });
      const whole = framesOf(plan, { start: 0, end: plan.totalFrames });
      expect(whole).toHaveLength(plan.totalFrames);
      const scene = plan.scenes[1]!;
      expect(scene.headFrames).toBeGreaterThan(4);
      // Inside the transition, and inside the entrances that follow it and that open the video.
      const cuts = [
        scene.startFrame + 1,
        scene.startFrame + Math.floor(scene.headFrames / 2),
        scene.startFrame + scene.headFrames + 2,
        3,
      ];
      expect(cuts.at(-2)!).toBeLessThan(scene.startFrame + scene.motionEndFrame);
      expect(3).toBeLessThan(plan.scenes[0]!.motionEndFrame);
      // xfade's clip is not the same when trimmed: render-parts.ts never cuts inside one.
      for (const cut of engine === 'xfade' ? cuts.slice(2) : cuts) {
        const first = framesOf(plan, { start: 0, end: cut });
        const second = framesOf(plan, { start: cut, end: plan.totalFrames });
        expect(first).toHaveLength(cut);
        const joined = [...first, ...second];
        const differing = joined.flatMap((md5, f) => (md5 === whole[f] ? [] : [f]));
        expect(differing, `cut at ${cut}`).toEqual([]);
      }
    },
  );
});

function maskFile(): string {
  const path = join(work, 'mask.png');
  const width = size.width * 2 + 20;
  makeLavfiImage(path, `gradients=s=${width}x${size.height}:c0=black:c1=white:x0=0:y0=0:x1=${width}:y1=0`, [
    '-pix_fmt',
    'gray',
  ]);
  return path;
}
