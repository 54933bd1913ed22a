import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptValidationError } from '#core/errors.js';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtin-templates.js';
import type { ReelforgeTemplate } from '../../src/core/templates/template-schema.js';
import { FFMPEG, grabRgb, HAS_FFMPEG, meanRgb, probe } from '../support/media-tools.js';
import { useTemplateService } from './template-service.js';

// A template's picture or looping video background, next to the template file, drawn by both
// renderers with its dim: the top of the frame shows the picture's colour darkened by `dim`, and a
// one-second clip that is red then blue shows red again in its second loop.

const SCRIPT = {
  kind: 'text' as const,
  name: 'background.json',
  content: JSON.stringify({
    channel: 'fire',
    topic: 'A picture behind the words',
    hook: 'Slow down and breathe with me tonight, one breath at a time',
    // One word each: their scenes at the shortest (1.2 s); only the hook's frames are looked at.
    main_points: ['Breathe.'],
    call_to_action: 'Follow.',
  }),
};

const fire = BUILTIN_TEMPLATES.find((t) => t.id === 'fire')!;

/**
 * Scenes of at most 2.6 s: the hook still holds the clip's second loop (checked at 1.2 and 1.8 s),
 * and the point and call to action are over sooner (each Remotion frame costs ≈ 90 ms here).
 */
const HOOK_LONG_ENOUGH_OTHERS_SHORT = {
  channels: { fire: { rules: { min_scene_seconds: 1.2, max_scene_seconds: 2.6 } } },
};

function withBackground(id: string, background: ReelforgeTemplate['background']): ReelforgeTemplate {
  return { ...fire, id, background };
}

const ffmpeg = (...args: string[]) => execFileSync(FFMPEG, ['-v', 'error', '-y', ...args]);

/** Mean colour of the frame's top strip, between 20 % and 80 % of its width (away from edges and text). */
function topStrip(video: string, at: number): [number, number, number] {
  const stream = probe(video).streams.find((s) => s.codec_type === 'video')!;
  const [width, height] = [Number(stream.width), Number(stream.height)];
  const rgb = grabRgb(video, at, width, height);
  const rows = Array.from({ length: Math.round(height * 0.05) }, (_, i) => Math.round(height * 0.02) + i);
  return meanRgb(
    Buffer.concat(
      rows.map((row) =>
        rgb.subarray(
          (row * width + Math.round(width * 0.2)) * 3,
          (row * width + Math.round(width * 0.8)) * 3,
        ),
      ),
    ),
  );
}

function near(actual: readonly number[], expected: readonly number[], tolerance: number): void {
  for (let c = 0; c < 3; c += 1) {
    expect(Math.abs(actual[c]! - expected[c]!), `${actual.map(Math.round)} vs ${expected}`).toBeLessThan(
      tolerance,
    );
  }
}

describe.skipIf(!HAS_FFMPEG)('template picture and video backgrounds', () => {
  let brand: string;
  const templates = useTemplateService((store, folder) => {
    brand = join(folder, 'brand');
    mkdirSync(brand, { recursive: true });
    ffmpeg('-f', 'lavfi', '-i', 'color=c=0x00c060:s=400x300', '-frames:v', '1', join(brand, 'green.png'));
    // One second: red for half, then blue.
    ffmpeg(
      ...[
        '-f',
        'lavfi',
        '-i',
        'color=c=red:s=320x240:r=30:d=0.5',
        '-f',
        'lavfi',
        '-i',
        'color=c=blue:s=320x240:r=30:d=0.5',
      ],
      ...[
        '-filter_complex',
        '[0:v][1:v]concat=n=2:v=1[v]',
        '-map',
        '[v]',
        '-c:v',
        'libx264',
        '-pix_fmt',
        'yuv420p',
      ],
      join(brand, 'clip.mp4'),
    );
    const save = (template: ReelforgeTemplate) => {
      const file = join(brand, `${template.id}.json`);
      writeFileSync(file, JSON.stringify(template));
      store.import(JSON.stringify(template), file, undefined, brand);
    };
    save(withBackground('bg-image', { kind: 'image', file: 'green.png', dim: 0.5, blur: 4 }));
    save(withBackground('bg-video', { kind: 'video', file: 'clip.mp4' }));
  }, HOOK_LONG_ENOUGH_OTHERS_SHORT);

  it('copies the file in on import and refuses one that is missing, outside, or of the wrong kind', () => {
    expect(templates.store.get('bg-image')?.template.background.file).toBe('bg-image.files/green.png');
    expect(templates.store.assetsOf('bg-video').background).toMatchObject({
      kind: 'video',
      durationSeconds: 1,
    });
    const refused = (background: ReelforgeTemplate['background']) => {
      try {
        templates.store.import(
          JSON.stringify(withBackground('bad', background)),
          join(brand, 'bad.json'),
          undefined,
          brand,
        );
      } catch (error) {
        if (error instanceof ScriptValidationError)
          return error.issues.map((i) => `${i.field}: ${i.message}`);
        throw error;
      }
      throw new Error('not refused');
    };
    expect(refused({ kind: 'video', file: 'green.png' })).toEqual([
      'background.file: green.png: not a video ffprobe can play (a video stream with a duration)',
    ]);
    expect(refused({ kind: 'image', file: '../x.png' })[0]).toMatch(
      /^background\.file: .* leaves the template's folder/,
    );
    expect(refused({ kind: 'image' })).toEqual([
      'background.file: an image or video background needs a file; gradient and solid take none',
    ]);
  });

  it.each(['ffmpeg', 'remotion'])(
    '%s draws the picture darkened by dim, and loops the video from each scene start',
    async (provider) => {
      const image = await templates.service.generateVideo(SCRIPT, {
        provider,
        quality: 'draft',
        template: 'bg-image',
      });
      expect([image.status, image.error?.message]).toEqual(['completed', undefined]);
      near(topStrip(image.result!.outputPath, 1), [0, 96, 48], 25);

      const video = await templates.service.generateVideo(SCRIPT, {
        provider,
        quality: 'draft',
        template: 'bg-video',
      });
      expect([video.status, video.error?.message]).toEqual(['completed', undefined]);
      expect(video.timeline.scenes[0]!.durationSeconds).toBeGreaterThan(2.3);
      // The second loop of the clip inside the hook scene: red, then blue.
      near(topStrip(video.result!.outputPath, 1.2), [255, 0, 0], 60);
      near(topStrip(video.result!.outputPath, 1.8), [0, 0, 255], 60);
    },
    240_000,
  );
});
