import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtin-templates.js';
import { HAS_FFMPEG, makeTone, meanVolume } from '../support/media-tools.js';
import { useTemplateService } from './template-service.js';

// A template's music.volume, heard in real renders by both renderers: the same script and music
// rendered with the built-in template and with one at volume 0.25 differ by 20·log10(0.25) ≈ −12 dB.

const fire = BUILTIN_TEMPLATES.find((t) => t.id === 'fire')!;

describe.skipIf(!HAS_FFMPEG)("a template's music volume", () => {
  let script: { kind: 'text'; name: string; content: string };
  const templates = useTemplateService((store, folder) => {
    const music = join(folder, 'music.wav');
    makeTone(music, 330, 12, ['-ac', '2']);
    script = {
      kind: 'text',
      name: join(folder, 'music.json'),
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
    store.import(JSON.stringify(quiet), 'quiet.json', 'fire-quiet');
  });

  it.each(['ffmpeg', 'remotion'])(
    '%s plays the music about 12 dB lower at volume 0.25',
    async (provider) => {
      const levels: number[] = [];
      for (const template of ['fire', 'fire-quiet']) {
        const job = await templates.service.generateVideo(script, { provider, quality: 'draft', template });
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
