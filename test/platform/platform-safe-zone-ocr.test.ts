import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import { renderFrameSize } from '#core/platform-presets.js';
import { safeAreaFor } from '#core/safe-zone.js';
import type { VideoScript } from '#core/script.js';
import { buildTimeline } from '#core/timeline/build-timeline.js';
import { HAS_FFMPEG, HAS_TESSERACT, probe } from '../support/media-tools.js';
import { jsonLines, runCli } from '../support/run-cli.js';
import { useCliDataDir } from '../support/cli-data-dir.js';
import { grabFrame, isConfidentWord, ocrWords, type OcrWord } from './ocr-words.js';

// The check a viewer makes: render a long six-point script for each platform with the real FFmpeg
// provider, read sampled frames back with tesseract, and require every confidently read word to
// lie inside that platform's safe rectangle (the area its buttons, caption and tabs leave free).

const SCRIPT = {
  channel: 'air',
  topic: 'A clear head before nine',
  hook: 'Your first ten minutes decide how clear the next ten hours will feel, every single morning.',
  main_points: [
    'Leave your phone charging in another room overnight, well away from the bed.',
    'Drink a full glass of water before coffee, standing by a bright window.',
    'Write down the single most important task of the whole day, in ink.',
    'Stretch slowly for two minutes while the kettle boils, shoulders first.',
    'Step outside and breathe the morning air for a count of twenty breaths.',
    'Read one page of something thoughtful instead of scrolling through headlines.',
  ],
  call_to_action: 'Follow for a clearer morning, every morning, all year.',
};

/** Sample times: the middle of every scene, where its text has finished entering and stands still. */
function sampleSeconds(): number[] {
  const script: VideoScript = {
    channel: SCRIPT.channel,
    topic: SCRIPT.topic,
    hook: SCRIPT.hook,
    mainPoints: SCRIPT.main_points,
    callToAction: SCRIPT.call_to_action,
    source: { format: 'json', name: 'six-points.json' },
  };
  const timeline = buildTimeline(script, BUILTIN_CHANNELS.air);
  return timeline.scenes.map((s) => s.startSeconds + s.durationSeconds * 0.6);
}

const PLATFORMS = ['tiktok', 'reels', 'shorts'] as const;
const TOLERANCE_PX = 2;

describe.skipIf(!HAS_FFMPEG || !HAS_TESSERACT)(
  'platform safe zones, as OCR reads the rendered frames',
  () => {
    const data = useCliDataDir();
    let scriptPath: string;
    beforeAll(() => {
      scriptPath = join(data.path, 'six-points.json');
      writeFileSync(scriptPath, JSON.stringify(SCRIPT, null, 2));
    });

    for (const platform of PLATFORMS) {
      it(`keeps every confident word inside the ${platform} safe rectangle`, async () => {
        const run = await runCli(
          [
            'render',
            scriptPath,
            '--platform',
            platform,
            '--quality',
            'draft',
            '--provider',
            'ffmpeg',
            '--json',
          ],
          data.env,
        );
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const [job] = jsonLines(run.stdout);
        expect(job).toMatchObject({ status: 'completed', platform });
        const video = String(job!['outputPath']);
        const frame = renderFrameSize('draft', '9:16', platform);
        const stream = probe(video).streams.find((s) => s.codec_type === 'video')!;
        expect({ width: stream.width, height: stream.height }).toEqual(frame);
        expect(probe(video).durationSeconds).toBeGreaterThan(40);

        const safe = safeAreaFor(frame, platform);
        const frames = join(data.path, platform);
        mkdirSync(frames, { recursive: true });
        const confident: OcrWord[] = [];
        const outside: string[] = [];
        sampleSeconds().forEach((seconds, i) => {
          const png = join(frames, `scene-${i}.png`);
          grabFrame(video, seconds, png);
          for (const word of ocrWords(png).filter((w) => isConfidentWord(w))) {
            confident.push(word);
            const inside =
              word.x >= safe.x - TOLERANCE_PX &&
              word.y >= safe.y - TOLERANCE_PX &&
              word.x + word.width <= safe.x + safe.width + TOLERANCE_PX &&
              word.y + word.height <= safe.y + safe.height + TOLERANCE_PX;
            if (!inside) {
              outside.push(
                `scene ${i} "${word.text}" at x ${word.x}–${word.x + word.width}, y ${word.y}–${word.y + word.height}`,
              );
            }
          }
        });
        // The frames really were read: most of the script's words come back.
        expect(confident.length).toBeGreaterThan(60);
        expect(
          outside,
          `safe rectangle x ${safe.x}–${safe.x + safe.width}, y ${safe.y}–${safe.y + safe.height}`,
        ).toEqual([]);
      }, 180_000);
    }
  },
);
