import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptValidationError } from '#core/errors.js';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtin-templates.js';
import type { ReelforgeTemplate } from '../../src/core/templates/template-schema.js';
import type { VideoGenerationService } from '../../src/main/application/video-generation-service.js';
import { createVideoGenerationService } from '../../src/main/composition-root.js';
import { SHORT_SCENES_CONFIG } from '../support/short-scenes.js';
import { TemplateStore } from '../../src/main/infrastructure/templates/index.js';
import { grabRgb, HAS_FFMPEG } from '../support/media-tools.js';
import { makeTempDir } from '../support/temp-dir.js';

// A template's own font file, next to the template, used by both renderers: the hook drawn with
// family "Brand Serif" from the file differs from the same template with the shipped Noto Sans
// (what a family without a file would fall back to, which is why import refuses one), in each
// renderer.

const SERIF = '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf';

const SCRIPT = {
  kind: 'text' as const,
  name: 'fonts.json',
  content: JSON.stringify({
    channel: 'fire',
    topic: 'Own fonts',
    hook: 'Breathe deeply',
    // One word each: their scenes at the shortest (1.2 s); only the hook's frame is compared.
    main_points: ['Breathe.'],
    call_to_action: 'Follow.',
  }),
};

const fire = BUILTIN_TEMPLATES.find((t) => t.id === 'fire')!;

function withFonts(id: string, files?: { family: string; file: string }[]): ReelforgeTemplate {
  return { ...fire, id, fonts: { heading: 'Brand Serif', body: 'Noto Sans', ...(files ? { files } : {}) } };
}

/** Mean absolute difference of two frames (0–255). */
function difference(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

describe.skipIf(!HAS_FFMPEG || !existsSync(SERIF))('template font files', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let service: VideoGenerationService;
  let store: TemplateStore;
  let brand: string;
  beforeAll(() => {
    temp = makeTempDir();
    writeFileSync(
      join(temp.path, 'config.json'),
      JSON.stringify({ ...SHORT_SCENES_CONFIG, global: { output_dir: join(temp.path, 'videos') } }),
    );
    brand = join(temp.path, 'brand');
    mkdirSync(join(brand, 'fonts'), { recursive: true });
    copyFileSync(SERIF, join(brand, 'fonts', 'brand.ttf'));
    writeFileSync(join(brand, 'fonts', 'fake.ttf'), 'not a font');
    store = new TemplateStore(join(temp.path, 'templates'));
    const withFile = withFonts('own-font', [{ family: 'Brand Serif', file: 'fonts/brand.ttf' }]);
    store.import(JSON.stringify(withFile), join(brand, 'own.json'), undefined, brand);
    store.import(JSON.stringify({ ...fire, id: 'no-file' }), join(brand, 'none.json'), undefined, brand);
    service = createVideoGenerationService({ dataDir: temp.path, env: { PATH: process.env['PATH'] ?? '' } });
  });
  afterAll(async () => {
    await service.close();
    temp.cleanup();
  });

  it('copies the font in on import and refuses a file that is not a font or not .ttf/.otf', () => {
    expect(store.get('own-font')?.template.fonts.files).toEqual([
      { family: 'Brand Serif', file: 'own-font.files/brand.ttf' },
    ]);
    const refused = (files: { family: string; file: string }[]) => {
      try {
        store.import(JSON.stringify(withFonts('bad', files)), join(brand, 'bad.json'), undefined, brand);
      } catch (error) {
        if (error instanceof ScriptValidationError)
          return error.issues.map((i) => `${i.field}: ${i.message}`);
        throw error;
      }
      throw new Error('not refused');
    };
    expect(refused([{ family: 'Brand Serif', file: 'fonts/fake.ttf' }])).toEqual([
      'fonts.files[0].file: fonts/fake.ttf: not a TrueType or OpenType font',
    ]);
    expect(refused([{ family: 'Brand Serif', file: 'fonts/brand.woff2' }])).toEqual([
      'fonts.files[0].file: a .ttf or .otf font file',
    ]);
    expect(refused([{ family: 'Brand Serif', file: '../x.ttf' }])[0]).toMatch(
      /^fonts\.files\[0\]\.file: .* leaves the template's folder/,
    );
  });

  it.each(['ffmpeg', 'remotion'])(
    '%s draws the hook with the font file',
    async (provider) => {
      const frames: Buffer[] = [];
      for (const template of ['own-font', 'no-file']) {
        const job = await service.generateVideo(SCRIPT, { provider, quality: 'draft', template });
        expect([job.status, job.error?.message]).toEqual(['completed', undefined]);
        frames.push(grabRgb(job.result!.outputPath, job.timeline.scenes[0]!.durationSeconds * 0.6, 270, 480));
      }
      // Same colours, same place: only the letters' shapes differ.
      expect(difference(frames[0]!, frames[1]!)).toBeGreaterThan(0.5);
    },
    240_000,
  );
});
