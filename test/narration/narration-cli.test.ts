import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { voiceCacheKey } from '../../src/main/infrastructure/narration/voice-cache.js';
import { HAS_FFMPEG, HAS_TESSERACT, probe } from '../support/media-tools.js';
import { jsonLines, runCli } from '../support/run-cli.js';
import { useCliDataDir } from '../support/cli-data-dir.js';
import {
  bare,
  parseVtt,
  silences,
  speechOnsets,
  videoMd5,
  type VttCue,
  readHighlightedWords as readSpokenHighlights,
} from './narration-tools.js';
import { jsonScript } from '../support/json-script.js';

const HAS_ESPEAK = existsSync('/usr/bin/espeak-ng');

const SCENES = [
  'Drink water before coffee.',
  'Fill a large glass tonight.',
  'Keep your phone in another room.',
  'Follow for calm mornings.',
] as const;
const SCRIPT = jsonScript({ channel: 'air', topic: 'Morning water' }, SCENES);

const data = useCliDataDir();
let scriptPath: string;

async function render(...extra: string[]): Promise<Record<string, unknown>> {
  const run = await runCli(['render', scriptPath, '--quality', 'draft', '--json', ...extra], data.env);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return jsonLines(run.stdout)[0]!;
}

/** The synthesizer's own timings for a scene's text, as the voice cache keeps them. */
function synthesizedWords(text: string): { text: string; startSeconds: number }[] {
  const key = voiceCacheKey('espeak-ng', 'en-us', 1, text);
  const entry = JSON.parse(readFileSync(join(data.path, 'cache', 'voices', `${key}.json`), 'utf8')) as {
    words: { text: string; startSeconds: number }[];
  };
  return entry.words;
}

describe.skipIf(!HAS_FFMPEG || !HAS_ESPEAK)('render --voice espeak-ng (real CLI, espeak-ng, ffmpeg)', () => {
  let job: Record<string, unknown>;
  let video: string;
  let cues: VttCue[];

  beforeAll(async () => {
    scriptPath = join(data.path, 'morning.json');
    writeFileSync(scriptPath, JSON.stringify(SCRIPT));
    // One fixed encode setting: the provider otherwise tries parts/threads settings from render to
    // render (see encode-tuning.ts), and two renders compared bit for bit must be made alike.
    writeFileSync(join(data.path, 'config.json'), JSON.stringify({ providers: { ffmpeg: { parts: 1 } } }));
    job = await render('--voice', 'espeak-ng');
    video = String(job['outputPath']);
    cues = parseVtt(readFileSync(video.replace(/\.mp4$/, '.vtt'), 'utf8'));
  }, 120_000);

  it('writes .vtt and .srt next to the MP4 under its base name and lists them with the job', () => {
    expect(job).toMatchObject({ status: 'completed', providerId: 'ffmpeg' });
    const base = video.replace(/\.mp4$/, '');
    const sidecars = [`${base}.vtt`, `${base}.srt`];
    for (const file of sidecars) expect(existsSync(file)).toBe(true);
    expect(job['details']).toMatchObject({ narration: 'espeak-ng:en-us', captionFiles: sidecars });
    expect(readFileSync(`${base}.srt`, 'utf8')).toContain(' --> ');
    expect(basename(base)).toMatch(/^morning-water-/);
  });

  it('carries speech for most of the video', () => {
    const { durationSeconds } = probe(video);
    const silent = silences(video).reduce((sum, s) => sum + Math.min(s.end, durationSeconds) - s.start, 0);
    expect(1 - silent / durationSeconds).toBeGreaterThan(0.6);
  });

  it('has cues holding the script words in order', () => {
    const spoken = cues.flatMap((cue) => cue.text.split(' ')).map(bare);
    expect(spoken).toEqual(SCENES.flatMap((text) => text.split(' ')).map(bare));
  });

  it('starts every cue within 150 ms of its first word in the synthesizer timing and in the audio', () => {
    // Speech onsets measured in the rendered MP4's own audio (after mixing and AAC).
    const onsets = speechOnsets(video);
    for (const current of cues) {
      const nearest = Math.min(...onsets.map((onset) => Math.abs(onset - current.startSeconds)));
      expect(nearest, `cue "${current.text}" at ${current.startSeconds} s`).toBeLessThan(0.15);
    }
    let cue = 0;
    for (const text of SCENES) {
      const words = synthesizedWords(text);
      expect(words.map((w) => w.text)).toEqual(text.split(' '));
      const sceneStart = cues[cue]!.startSeconds - words[0]!.startSeconds;
      let word = 0;
      while (word < words.length) {
        const current = cues[cue]!;
        expect(Math.abs(current.startSeconds - (sceneStart + words[word]!.startSeconds))).toBeLessThan(0.15);
        word += current.text.split(' ').length;
        cue += 1;
      }
    }
    expect(cue).toBe(cues.length);
  });

  it.skipIf(!HAS_TESSERACT)(
    'burns in the captions: OCR reads the highlighted word at each cue midpoint',
    () => {
      const { found, sampled, misses } = readHighlightedWords(video, cues, 'spoken');
      expect(found / sampled, misses.join('; ')).toBeGreaterThanOrEqual(0.8);
    },
  );

  it.skipIf(!HAS_TESSERACT)(
    'leaves captions off the picture but writes the files for "captions": false',
    async () => {
      const quiet = join(data.path, 'quiet.json');
      writeFileSync(quiet, JSON.stringify({ ...SCRIPT, topic: 'Quiet captions', captions: false }));
      const run = await runCli(
        ['render', quiet, '--quality', 'draft', '--json', '--voice', 'espeak-ng'],
        data.env,
      );
      expect(run.code).toBe(0);
      const result = jsonLines(run.stdout)[0]!;
      const path = String(result['outputPath']);
      const sidecar = parseVtt(readFileSync(path.replace(/\.mp4$/, '.vtt'), 'utf8'));
      expect(sidecar.map((c) => c.text)).toEqual(cues.map((c) => c.text));
      expect(existsSync(path.replace(/\.mp4$/, '.srt'))).toBe(true);
      expect(readHighlightedWords(path, sidecar, 'quiet').found).toBe(0);
    },
    120_000,
  );

  it("captions a scene's own recorded voice-over by aligning its words to it", async () => {
    const recording = join(data.path, 'hook-recording.wav');
    execFileSync('/usr/bin/espeak-ng', ['-v', 'en-us', '-w', recording, SCRIPT.hook]);
    const own = join(data.path, 'own-voice.json');
    writeFileSync(
      own,
      JSON.stringify({ ...SCRIPT, topic: 'Own voice', voice_overs: { hook: 'hook-recording.wav' } }),
    );
    const run = await runCli(
      ['render', own, '--quality', 'draft', '--json', '--voice', 'espeak-ng'],
      data.env,
    );
    expect(run.code).toBe(0);
    const path = String(jsonLines(run.stdout)[0]!['outputPath']);
    const captions = parseVtt(readFileSync(path.replace(/\.mp4$/, '.vtt'), 'utf8'));
    expect(captions.flatMap((c) => c.text.split(' ')).map(bare)).toEqual(
      SCENES.flatMap((text) => text.split(' ')).map(bare),
    );
    const onsets = speechOnsets(path);
    const hookCues = captions.filter((c) => c.startSeconds < probe(recording).durationSeconds);
    expect(hookCues.length).toBeGreaterThan(0);
    for (const cue of hookCues) {
      const nearest = Math.min(...onsets.map((onset) => Math.abs(onset - cue.startSeconds)));
      expect(nearest, `cue "${cue.text}" at ${cue.startSeconds} s`).toBeLessThan(0.15);
    }
  }, 120_000);

  it('renders exactly as without narration when the voice is off', async () => {
    const plain = await render();
    const off = await render('--voice', 'off');
    for (const result of [plain, off]) {
      const path = String(result['outputPath']);
      expect(existsSync(path.replace(/\.mp4$/, '.vtt'))).toBe(false);
      expect(existsSync(path.replace(/\.mp4$/, '.srt'))).toBe(false);
      expect(result['details'] ?? undefined).toBeUndefined();
    }
    expect(off['durationSeconds']).toBe(plain['durationSeconds']);
    // No voice: the soundtrack is silence from start to end.
    expect(silences(String(off['outputPath']))).toEqual([{ start: 0, end: expect.any(Number) }]);
    expect(videoMd5(String(off['outputPath']))).toBe(videoMd5(String(plain['outputPath'])));
  }, 120_000);
});

/** The highlighted words OCR reads at the cues' midpoints (see narration-tools.ts). */
function readHighlightedWords(video: string, vtt: readonly VttCue[], label: string) {
  return readSpokenHighlights({
    video,
    vtt,
    scenes: SCENES,
    wordsOf: synthesizedWords,
    scratchDir: data.path,
    label,
  });
}
