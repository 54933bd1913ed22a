import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptValidationError } from '#core/errors.js';
import { errorThrownBy } from '#core/testing/error-thrown-by.js';
import { logoRect } from '#core/render-look/logo-rect.js';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtin-templates.js';
import type { ReelforgeTemplate } from '../../src/core/templates/template-schema.js';
import { FFMPEG, grabRgb, HAS_FFMPEG, meanRgb, probe } from '../support/media-tools.js';
import { exportAndImportAgain } from './export-round-trip.js';
import { useTemplateService } from './template-service.js';
import { SHORT_SCENES_CONFIG } from '../support/short-scenes.js';

// A template's logo: a PNG next to the template file, copied in on import, refused when it leaves
// the template's folder or is not an image, and drawn by both renderers in its corner of the safe
// zone (the mean colour of that corner is the logo's).

const SCRIPT = {
  kind: 'text' as const,
  name: 'logo.json',
  content: JSON.stringify({
    channel: 'water',
    topic: 'A logo in the corner',
    hook: 'Slow down',
    // One word each: their scenes at the shortest (1.2 s); only the hook's frame is looked at.
    main_points: ['Breathe.'],
    call_to_action: 'Follow.',
  }),
};

const water = BUILTIN_TEMPLATES.find((t) => t.id === 'water')!;
const GREEN = [0, 255, 0];

function withLogo(id: string, file: string): ReelforgeTemplate {
  return { ...water, id, logo: { file, position: 'top-right' } };
}

function writeTemplate(path: string, template: ReelforgeTemplate): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(template, null, 2));
  return path;
}

/** The problems a ScriptValidationError lists, as "field: message". */
const problems = (run: () => unknown): string[] =>
  errorThrownBy(ScriptValidationError, run).issues.map((i) => `${i.field}: ${i.message}`);

describe.skipIf(!HAS_FFMPEG)('template logo', () => {
  let brand: string;
  const templates = useTemplateService((_store, folder) => {
    brand = join(folder, 'brand');
    mkdirSync(join(brand, 'art'), { recursive: true });
    // A pure green 300×150 logo.
    execFileSync(FFMPEG, [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'color=c=0x00ff00:s=300x150',
      '-frames:v',
      '1',
      join(brand, 'art', 'logo.png'),
    ]);
    writeFileSync(join(brand, 'not-an-image.png'), 'just text');
    writeFileSync(join(folder, 'outside.png'), 'outside');
  }, SHORT_SCENES_CONFIG);

  it('copies the logo next to the template file into the templates folder on import', () => {
    const file = writeTemplate(join(brand, 'green.json'), withLogo('green', 'art/logo.png'));
    const saved = templates.store.import(
      JSON.stringify(withLogo('green', 'art/logo.png')),
      file,
      undefined,
      brand,
    );
    expect(saved.template.logo).toEqual({ file: 'green.files/logo.png', position: 'top-right' });
    expect(existsSync(join(templates.folder, 'templates', 'green.files', 'logo.png'))).toBe(true);
    expect(templates.store.assetsOf('green').logo).toMatchObject({ width: 300, height: 150 });
  });

  it('exports a template with its logo beside it, so the export imports again (CLI)', async () => {
    await exportAndImportAgain(templates, 'green', 'logo.png', 'green-again');
    expect(templates.store.get('green-again')?.template.logo?.file).toBe('green-again.files/logo.png');
    expect(templates.store.assetsOf('green-again').logo).toMatchObject({ width: 300, height: 150 });
  }, 60_000);

  it('refuses a logo outside the template folder, missing, or not an image, naming the field', () => {
    const file = join(brand, 'bad.json');
    const refused = (logo: string) =>
      problems(() => templates.store.import(JSON.stringify(withLogo('bad', logo)), file, undefined, brand));
    expect(refused('../outside.png')).toEqual([
      `logo.file: "../outside.png" leaves the template's folder (${brand})`,
    ]);
    expect(refused(join(templates.folder, 'outside.png'))[0]).toMatch(
      /^logo\.file: .* must be a path relative/,
    );
    expect(refused('art/missing.png')[0]).toMatch(/^logo\.file: file not found: .*missing\.png$/);
    expect(refused('not-an-image.png')).toEqual([
      'logo.file: not-an-image.png: not an image ffprobe can read (PNG, JPEG, WebP, GIF, BMP or TIFF)',
    ]);
    // Saved as it stands (the desktop editor), a logo must already be inside the templates folder.
    expect(problems(() => templates.store.save(withLogo('bad', '../brand/art/logo.png')))[0]).toMatch(
      /^logo\.file: .* leaves the template's folder/,
    );
  });

  it.each(['ffmpeg', 'remotion'])(
    '%s draws the logo in the top-right corner of the safe zone',
    async (provider) => {
      const job = await templates.service.generateVideo(SCRIPT, {
        provider,
        quality: 'draft',
        template: 'green',
      });
      expect([job.status, job.error?.message]).toEqual(['completed', undefined]);
      expect(job.timeline.style.logo).toMatchObject({ width: 300, height: 150, position: 'top-right' });
      const video = job.result!.outputPath;
      const stream = probe(video).streams.find((s) => s.codec_type === 'video')!;
      const size = { width: Number(stream.width), height: Number(stream.height) };
      const rect = logoRect(size, { width: 300, height: 150, position: 'top-right' });
      const rgb = grabRgb(video, job.timeline.scenes[0]!.durationSeconds * 0.6, size.width, size.height);
      // The middle of the logo's rectangle (its edges blend with the background when scaled).
      const inner = Buffer.concat(
        Array.from({ length: Math.floor(rect.height / 2) }, (_, i) => {
          const row = rect.y + Math.floor(rect.height / 4) + i;
          const from = (row * size.width + rect.x + Math.floor(rect.width / 4)) * 3;
          return rgb.subarray(from, from + Math.floor(rect.width / 2) * 3);
        }),
      );
      const mean = meanRgb(inner);
      for (let c = 0; c < 3; c += 1) {
        expect(Math.abs(mean[c]! - GREEN[c]!), `logo corner ${mean.map(Math.round)}`).toBeLessThan(30);
      }
      // The opposite corner is the template's background, not the logo.
      const left = meanRgb(rgb.subarray((rect.y * size.width + 4) * 3, (rect.y * size.width + 24) * 3));
      expect(Math.abs(left[1]! - 255) + left[0]! + left[2]!).toBeGreaterThan(100);
    },
    240_000,
  );
});
