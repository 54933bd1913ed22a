import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtin-templates.js';
import { HAS_FFMPEG, makeTone, meanVolume } from '../support/media-tools.js';
import { useTemplateService } from './template-service.js';

// A template's music, heard in real renders by both renderers: a script without music rendered
// with a template whose `music.file` is a tone beside it, and with one that also sets volume 0.25,
// carries that tone, and the two differ by 20·log10(0.25) ≈ −12 dB.

const fire = BUILTIN_TEMPLATES.find((t) => t.id === 'fire')!;

/**
 * Every scene 1.6 s: 4.8 s of video instead of 6, still past both renderers' fade-in (1 s) before
 * the level is measured (1.5–3.0 s) and before their fade-out (FFmpeg's 1.5 s from 3.3 s).
 */
const SCENES = { channels: { fire: { rules: { min_scene_seconds: 1.6, max_scene_seconds: 1.6 } } } };

const SCRIPT_WITHOUT_MUSIC = {
  kind: 'text' as const,
  name: 'music.json',
  content: JSON.stringify({
    channel: 'fire',
    topic: 'Music level',
    hook: 'Slow down',
    main_points: ['Breathe in.'],
    call_to_action: 'Follow.',
  }),
};

describe.skipIf(!HAS_FFMPEG)("a template's music file and volume", () => {
  const templates = useTemplateService((store, folder) => {
    makeTone(join(folder, 'music.wav'), 330, 12, ['-ac', '2']);
    const music = (id: string, volume?: number) => ({
      ...fire,
      id,
      music: { file: 'music.wav', ...(volume === undefined ? {} : { volume }) },
    });
    store.import(JSON.stringify(music('fire-tune')), join(folder, 'tune.json'), undefined, folder);
    store.import(JSON.stringify(music('fire-quiet', 0.25)), join(folder, 'quiet.json'), undefined, folder);
  }, SCENES);

  it.each(['ffmpeg', 'remotion'])(
    '%s plays the template’s music, about 12 dB lower at volume 0.25',
    async (provider) => {
      const levels: number[] = [];
      for (const template of ['fire-tune', 'fire-quiet']) {
        const job = await templates.service.generateVideo(SCRIPT_WITHOUT_MUSIC, {
          provider,
          quality: 'draft',
          template,
        });
        expect([job.status, job.error?.message]).toEqual(['completed', undefined]);
        expect(job.timeline.musicPath).toBe(
          join(templates.folder, 'templates', `${template}.files`, 'music.wav'),
        );
        expect(job.timeline.style.musicVolume).toBe(template === 'fire-tune' ? undefined : 0.25);
        // Past the fade-in, before the fade-out.
        expect(job.timeline.durationSeconds).toBeGreaterThanOrEqual(4.5);
        levels.push(meanVolume(job.result!.outputPath, 1.5, 1.5));
      }
      const [full, quiet] = levels as [number, number];
      // The tone is there at all (a video without music is silent: below −90 dB).
      expect(full).toBeGreaterThan(-40);
      expect(quiet - full, `${full} dB vs ${quiet} dB`).toBeGreaterThan(-14.5);
      expect(quiet - full, `${full} dB vs ${quiet} dB`).toBeLessThan(-9.5);
    },
    240_000,
  );
});
