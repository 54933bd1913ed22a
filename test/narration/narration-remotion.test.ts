import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVideoGenerationService } from '../../src/main/composition-root.js';
import type { VideoGenerationService } from '../../src/main/application/video-generation-service.js';
import { voiceCacheKey } from '../../src/main/infrastructure/narration/voice-cache.js';
import { HAS_FFMPEG, HAS_TESSERACT, probe } from '../support/media-tools.js';
import { makeTempDir } from '../support/temp-dir.js';
import {
  bare,
  parseVtt,
  silences,
  speechOnsets,
  type VttCue,
  readHighlightedWords as readSpokenHighlights,
} from './narration-tools.js';
import { SHORT_SCENES_CONFIG } from '../support/short-scenes.js';

// A narrated render through the real Remotion renderer (bundle, Chromium), espeak-ng and ffmpeg.
const HAS_ESPEAK = existsSync('/usr/bin/espeak-ng');
const HAS_CHROMIUM = existsSync('/usr/bin/chromium');

const SCRIPT = {
  channel: 'air',
  topic: 'Morning water',
  hook: 'Drink water before coffee.',
  main_points: ['Fill a large glass tonight.'],
  call_to_action: 'Follow for calm mornings.',
};
const SCENES = [SCRIPT.hook, ...SCRIPT.main_points, SCRIPT.call_to_action];

function input(script: object): { kind: 'text'; name: string; content: string } {
  return { kind: 'text', name: 'narrated.json', content: JSON.stringify(script) };
}

describe.skipIf(!HAS_FFMPEG || !HAS_ESPEAK || !HAS_CHROMIUM)(
  'Remotion render with --voice espeak-ng (real bundle, Chromium, espeak-ng, ffmpeg)',
  () => {
    let temp: ReturnType<typeof makeTempDir>;
    let service: VideoGenerationService;
    let video: string;
    let cues: VttCue[];

    /** The synthesizer's own timings for a scene's text, as the voice cache keeps them. */
    function synthesizedWords(text: string): { text: string; startSeconds: number }[] {
      const key = voiceCacheKey('espeak-ng', 'en-us', 1, text);
      const file = join(temp.path, 'cache', 'voices', `${key}.json`);
      return (JSON.parse(readFileSync(file, 'utf8')) as { words: { text: string; startSeconds: number }[] })
        .words;
    }

    /** The highlighted words OCR reads at the cues' midpoints (see narration-tools.ts). */
    function readHighlightedWords(video: string, vtt: readonly VttCue[], label: string) {
      const scenes = SCENES;
      return readSpokenHighlights({
        video,
        vtt,
        scenes,
        wordsOf: synthesizedWords,
        scratchDir: temp.path,
        label,
      });
    }

    beforeAll(async () => {
      temp = makeTempDir();
      writeFileSync(
        join(temp.path, 'config.json'),
        // Scenes as short as their speech allows: fewer frames for Remotion, the same captions.
        JSON.stringify({ ...SHORT_SCENES_CONFIG, global: { output_dir: join(temp.path, 'videos') } }),
      );
      service = createVideoGenerationService({
        dataDir: temp.path,
        env: { PATH: process.env['PATH'] ?? '' },
      });
      const job = await service.generateVideo(input(SCRIPT), {
        provider: 'remotion',
        quality: 'draft',
        voice: 'espeak-ng',
      });
      expect([job.status, job.error?.message]).toEqual(['completed', undefined]);
      video = job.result!.outputPath;
      cues = parseVtt(readFileSync(video.replace(/\.mp4$/, '.vtt'), 'utf8'));
    }, 240_000);
    afterAll(async () => {
      await service?.close();
      temp?.cleanup();
    });

    it('carries the narration in its audio for most of the video', () => {
      const { durationSeconds } = probe(video);
      const silent = silences(video).reduce((sum, s) => sum + Math.min(s.end, durationSeconds) - s.start, 0);
      expect(1 - silent / durationSeconds).toBeGreaterThan(0.6);
      expect(cues.flatMap((cue) => cue.text.split(' ')).map(bare)).toEqual(
        SCENES.flatMap((text) => text.split(' ')).map(bare),
      );
    });

    it('starts every cue within 150 ms of a speech onset in the rendered audio', () => {
      const onsets = speechOnsets(video);
      for (const cue of cues) {
        const nearest = Math.min(...onsets.map((onset) => Math.abs(onset - cue.startSeconds)));
        expect(nearest, `cue "${cue.text}" at ${cue.startSeconds} s`).toBeLessThan(0.15);
      }
    });

    it.skipIf(!HAS_TESSERACT)(
      'burns the captions in: OCR reads the highlighted word at each cue midpoint',
      () => {
        const { found, sampled, misses } = readHighlightedWords(video, cues, 'spoken');
        expect(found / sampled, misses.join('; ')).toBeGreaterThanOrEqual(0.8);
      },
    );

    it.skipIf(!HAS_TESSERACT)(
      'draws no captions for "captions": false but still writes the sidecar files',
      async () => {
        const job = await service.generateVideo(input({ ...SCRIPT, topic: 'Quiet', captions: false }), {
          provider: 'remotion',
          quality: 'draft',
          voice: 'espeak-ng',
        });
        expect(job.status).toBe('completed');
        const path = job.result!.outputPath;
        const sidecar = parseVtt(readFileSync(path.replace(/\.mp4$/, '.vtt'), 'utf8'));
        expect(sidecar.map((c) => c.text)).toEqual(cues.map((c) => c.text));
        expect(existsSync(path.replace(/\.mp4$/, '.srt'))).toBe(true);
        expect(readHighlightedWords(path, sidecar, 'quiet').found).toBe(0);
      },
      240_000,
    );
  },
);
