import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captionHighlightColour } from '#core/narration/caption-style.js';
import { frameSizeFor } from '#core/video-quality.js';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtin-templates.js';
import type { ReelforgeTemplate, TemplateRoleLook } from '../../src/core/templates/template-schema.js';
import { grabRgbFrames, HAS_FFMPEG } from '../support/media-tools.js';
import { SHORT_SCENES_CONFIG } from '../support/short-scenes.js';
import { useTemplateService } from './template-service.js';

// A template's `emphasis` on the burned-in narration captions, in real narrated renders (espeak-ng)
// by both renderers: "highlight" (the built-in look) colours the spoken word, "none" leaves it
// white like the others, "underline" draws a white line under it instead of colouring it.

const HAS_ESPEAK = existsSync('/usr/bin/espeak-ng');

const SCRIPT = {
  kind: 'text' as const,
  name: 'narrated.json',
  content: JSON.stringify({
    channel: 'air',
    topic: 'Morning water',
    // Short lines in short scenes: fewer frames for Remotion to draw, every caption still spoken.
    hook: 'Drink water first.',
    main_points: ['Fill a glass.'],
    call_to_action: 'Follow for more.',
  }),
};

// A dark accent does not read on the captions' dark box, so the highlight is the fallback yellow:
// a colour no other part of these frames has (FFmpeg's background glows in the accent).
const builtIn = BUILTIN_TEMPLATES.find((t) => t.id === 'air')!;
const air = { ...builtIn, palette: { ...builtIn.palette, accent: '#1e3a8a' } };

function withEmphasis(id: string, emphasis: TemplateRoleLook['emphasis']): ReelforgeTemplate {
  const role = (look: TemplateRoleLook) => ({ ...look, emphasis });
  return {
    ...air,
    id,
    roles: { hook: role(air.roles.hook), point: role(air.roles.point), cta: role(air.roles.cta) },
  };
}

const frame = frameSizeFor('draft', '9:16');
const highlight = captionHighlightColour(air.palette.accent);
const rgbOf = (hex: string) =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** Pixels near `colour` in the caption band (the lower part of the frame), over all `frames`. */
function countNear(frames: readonly Buffer[], colour: readonly number[]): number {
  let count = 0;
  for (const rgb of frames) {
    for (let y = Math.round(frame.height * 0.55); y < Math.round(frame.height * 0.9); y += 1) {
      for (let x = 0; x < frame.width; x += 1) {
        const i = (y * frame.width + x) * 3;
        const d =
          Math.abs(rgb[i]! - colour[0]!) +
          Math.abs(rgb[i + 1]! - colour[1]!) +
          Math.abs(rgb[i + 2]! - colour[2]!);
        if (d < 60) count += 1;
      }
    }
  }
  return count;
}

describe.skipIf(!HAS_FFMPEG || !HAS_ESPEAK)('template emphasis on the narration captions', () => {
  const templates = useTemplateService((store) => {
    for (const emphasis of ['highlight', 'none', 'underline'] as const) {
      store.import(
        JSON.stringify(withEmphasis(`air-${emphasis}`, emphasis)),
        `${emphasis}.json`,
        `air-${emphasis}`,
      );
    }
  }, SHORT_SCENES_CONFIG);

  it.each(['ffmpeg', 'remotion'])(
    '%s colours, leaves plain or underlines the spoken word as the template says',
    async (provider) => {
      const counts: Record<string, { highlight: number; white: number }> = {};
      for (const template of ['air-highlight', 'air-none', 'air-underline']) {
        const job = await templates.service.generateVideo(SCRIPT, {
          provider,
          quality: 'draft',
          template,
          voice: 'espeak-ng',
        });
        expect([job.status, job.error?.message]).toEqual(['completed', undefined]);
        const total = job.timeline.durationSeconds;
        // Every quarter second: the captions show while words are said, the same moments in each render.
        const times = Array.from({ length: Math.floor(total * 4) - 1 }, (_, i) => (i + 1) / 4);
        const frames = grabRgbFrames(job.result!.outputPath, times, frame.width, frame.height);
        counts[template] = {
          highlight: countNear(frames, rgbOf(highlight)),
          white: countNear(frames, [255, 255, 255]),
        };
      }
      const summary = JSON.stringify(counts);
      expect(counts['air-highlight']!.highlight, summary).toBeGreaterThan(200);
      expect(counts['air-none']!.highlight, summary).toBeLessThan(counts['air-highlight']!.highlight * 0.05);
      expect(counts['air-underline']!.highlight, summary).toBeLessThan(
        counts['air-highlight']!.highlight * 0.05,
      );
      expect(counts['air-underline']!.white, summary).toBeGreaterThan(counts['air-none']!.white * 1.03);
    },
    300_000,
  );
});
