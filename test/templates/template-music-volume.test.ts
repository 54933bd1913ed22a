import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtin-templates.js';
import type { VideoGenerationService } from '../../src/main/application/video-generation-service.js';
import { createVideoGenerationService } from '../../src/main/composition-root.js';
import { TemplateStore } from '../../src/main/infrastructure/templates/index.js';
import { HAS_FFMPEG, makeTone, meanVolume } from '../support/media-tools.js';
import { makeTempDir } from '../support/temp-dir.js';

// A template's music.volume, heard in real renders by both renderers: the same script and music
// rendered with the built-in template and with one at volume 0.25 differ by 20·log10(0.25) ≈ −12 dB.

const fire = BUILTIN_TEMPLATES.find((t) => t.id === 'fire')!;

describe.skipIf(!HAS_FFMPEG)("a template's music volume", () => {
  let temp: ReturnType<typeof makeTempDir>;
  let service: VideoGenerationService;
  let script: { kind: 'text'; name: string; content: string };
  beforeAll(() => {
    temp = makeTempDir();
    writeFileSync(
      join(temp.path, 'config.json'),
      JSON.stringify({ global: { output_dir: join(temp.path, 'videos') } }),
    );
    const music = join(temp.path, 'music.wav');
    makeTone(music, 330, 12, ['-ac', '2']);
    script = {
      kind: 'text',
      name: join(temp.path, 'music.json'),
      content: JSON.stringify({
        channel: 'fire',
        topic: 'Music level',
        hook: 'Slow down',
        main_points: ['Breathe in.'],
        call_to_action: 'Follow.',
        music,
      }),
    };
    const quiet = { ...fire, id: 'fire-quiet', music: { volume: 0.25 } };
    new TemplateStore(join(temp.path, 'templates')).import(JSON.stringify(quiet), 'quiet.json', 'fire-quiet');
    service = createVideoGenerationService({ dataDir: temp.path, env: { PATH: process.env['PATH'] ?? '' } });
  });
  afterAll(async () => {
    await service.close();
    temp.cleanup();
  });

  it.each(['ffmpeg', 'remotion'])(
    '%s plays the music about 12 dB lower at volume 0.25',
    async (provider) => {
      const levels: number[] = [];
      for (const template of ['fire', 'fire-quiet']) {
        const job = await service.generateVideo(script, { provider, quality: 'draft', template });
        expect([job.status, job.error?.message]).toEqual(['completed', undefined]);
        expect(job.timeline.style.musicVolume).toBe(template === 'fire' ? undefined : 0.25);
        // Past the fade-in, before the fade-out.
        levels.push(meanVolume(job.result!.outputPath, 1.5, 1.5));
      }
      const [full, quiet] = levels as [number, number];
      expect(quiet - full, `${full} dB vs ${quiet} dB`).toBeGreaterThan(-14.5);
      expect(quiet - full, `${full} dB vs ${quiet} dB`).toBeLessThan(-9.5);
    },
    240_000,
  );
});
