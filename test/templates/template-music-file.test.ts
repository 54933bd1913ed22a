import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptValidationError } from '#core/errors.js';
import { errorThrownBy } from '#core/testing/error-thrown-by.js';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtin-templates.js';
import type { ReelforgeTemplate } from '../../src/core/templates/template-schema.js';
import { parseTemplateText } from '../../src/main/infrastructure/templates/template-file.js';
import { HAS_FFMPEG, makeTone, meanVolume, probe } from '../support/media-tools.js';
import { runCli } from '../support/run-cli.js';
import { SHORT_SCENES_CONFIG } from '../support/short-scenes.js';
import { exportAndImportAgain } from './export-round-trip.js';
import { useTemplateService } from './template-service.js';

// A template's music.file: an audio file next to the template, refused when it is missing, carried
// by export and import, and played by a render of a script that names no music of its own.

const water = BUILTIN_TEMPLATES.find((t) => t.id === 'water')!;

function withMusic(id: string, file: string): ReelforgeTemplate {
  return { ...water, id, music: { file } };
}

/** The template as a file is written: one key a line, so a problem's line is predictable. */
const asText = (template: ReelforgeTemplate) => JSON.stringify(template, null, 2);

/** The issues a ScriptValidationError lists. */
const issuesOf = (run: () => unknown) => errorThrownBy(ScriptValidationError, run).issues;

const SILENT_SCRIPT = {
  kind: 'text' as const,
  name: 'no-music.json',
  content: JSON.stringify({
    channel: 'water',
    topic: 'Music from the template',
    hook: 'Slow down',
    main_points: ['Breathe in for four.'],
    call_to_action: 'Follow for more.',
  }),
};

describe('template music.file in the schema', () => {
  it('takes an audio file, with or without a volume', () => {
    expect(parseTemplateText(asText(withMusic('a', 'tune.mp3')), 'a.json').music).toEqual({
      file: 'tune.mp3',
    });
    const both = { ...water, id: 'b', music: { file: 'sound/tune.WAV', volume: 0.5 } };
    expect(parseTemplateText(asText(both), 'b.json').music).toEqual(both.music);
  });

  it('refuses a file that is not audio, naming music.file and its line', () => {
    const text = asText(withMusic('a', 'tune.txt'));
    const [issue, ...more] = issuesOf(() => parseTemplateText(text, 'a.json'));
    expect(more).toEqual([]);
    expect(issue).toMatchObject({ file: 'a.json', field: 'music.file' });
    expect(issue!.message).toMatch(/audio file/);
    expect(text.split('\n')[issue!.line! - 1]).toContain('"file": "tune.txt"');
  });
});

describe.skipIf(!HAS_FFMPEG)('template music.file', () => {
  let studio: string;
  const templates = useTemplateService((_store, folder) => {
    studio = join(folder, 'studio');
    mkdirSync(join(studio, 'sound'), { recursive: true });
    makeTone(join(studio, 'sound', 'tune.wav'), 440, 8, ['-ac', '2']);
  }, SHORT_SCENES_CONFIG);

  it('refuses a missing music file on import, naming music.file, the template file and the line', () => {
    const text = asText(withMusic('lost', 'sound/missing.mp3'));
    const file = join(studio, 'lost.json');
    const [issue, ...more] = issuesOf(() => templates.store.import(text, file, undefined, studio));
    expect(more).toEqual([]);
    expect(issue).toMatchObject({ file, field: 'music.file' });
    expect(issue!.message).toMatch(/^file not found: .*missing\.mp3$/);
    expect(text.split('\n')[issue!.line! - 1]).toContain('"file": "sound/missing.mp3"');
  });

  it('copies the music in on import and out again on export, so the export imports again (CLI)', async () => {
    const file = join(studio, 'tuned.json');
    writeFileSync(file, asText(withMusic('tuned', 'sound/tune.wav')));
    const env = { REELFORGE_DATA_DIR: templates.folder };
    const imported = await runCli(['templates', 'import', file], env);
    expect([imported.code, imported.stderr]).toEqual([0, '']);
    expect(templates.store.get('tuned')?.template.music).toEqual({ file: 'tuned.files/tune.wav' });

    await exportAndImportAgain(templates, 'tuned', 'tune.wav', 'tuned-again');
    expect(templates.store.assetsOf('tuned-again').music?.path).toBe(
      join(templates.folder, 'templates', 'tuned-again.files', 'tune.wav'),
    );
  }, 60_000);

  it('is heard in an FFmpeg render of a script that names no music', async () => {
    templates.store.import(
      asText(withMusic('with-tune', 'sound/tune.wav')),
      join(studio, 'x.json'),
      undefined,
      studio,
    );
    const job = await templates.service.generateVideo(SILENT_SCRIPT, {
      provider: 'ffmpeg',
      quality: 'draft',
      template: 'with-tune',
    });
    expect([job.status, job.error?.message]).toEqual(['completed', undefined]);
    expect(job.timeline.musicPath).toBe(join(templates.folder, 'templates', 'with-tune.files', 'tune.wav'));
    const video = job.result!.outputPath;
    expect(probe(video).streams.some((s) => s.codec_type === 'audio')).toBe(true);
    // Past the fade-in: a tone, not the silence a script without music gets.
    expect(meanVolume(video, 1, 1)).toBeGreaterThan(-40);
  }, 120_000);
});
