import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeAreaFor } from '#core/safe-zone.js';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtin-templates.js';
import type { ReelforgeTemplate, TemplateRoleLook } from '../../src/core/templates/template-schema.js';
import { grabFrame, isConfidentWord, ocrWords } from '../platform/ocr-words.js';
import { grabRgb, HAS_FFMPEG, HAS_TESSERACT, probe } from '../support/media-tools.js';
import { useTemplateService } from './template-service.js';
import { SHORT_SCENES_CONFIG } from '../support/short-scenes.js';

// A template's per-role `align` and `weight`, as a viewer sees them in real renders by both
// renderers: tesseract finds a left-aligned hook starting at the left edge of the safe rectangle
// (a centred one of the same two words starts far from it), and the same hook drawn at weight 800
// puts clearly more ink on the frame than at weight 400.

const SCRIPT = {
  kind: 'text' as const,
  name: 'align.json',
  content: JSON.stringify({
    channel: 'fire',
    topic: 'Aligned text',
    // Two short words: one line, far narrower than the safe area, so centred and left differ.
    hook: 'Breathe deeply',
    // One word each: their scenes at the shortest (1.2 s); only the hook's frame is looked at.
    main_points: ['Breathe.'],
    call_to_action: 'Follow.',
  }),
};

const fire = BUILTIN_TEMPLATES.find((t) => t.id === 'fire')!;

function withHook(id: string, look: Partial<TemplateRoleLook>): ReelforgeTemplate {
  return { ...fire, id, roles: { ...fire.roles, hook: { ...fire.roles.hook, ...look } } };
}

/** Pixels close to the template's text colour: the unlit words' ink. */
function inkPixels(rgb: Buffer): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(fire.palette.text.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  let count = 0;
  for (let i = 0; i < rgb.length; i += 3) {
    if (Math.hypot(rgb[i]! - r, rgb[i + 1]! - g, rgb[i + 2]! - b) < 40) count += 1;
  }
  return count;
}

describe.skipIf(!HAS_FFMPEG || !HAS_TESSERACT)('template text alignment and weight in real renders', () => {
  const templates = useTemplateService((store) => {
    // Two renders per renderer answer both questions: the alignment (left against centred) and
    // the weight (400 against 800) differ between them; ink does not depend on where the line sits.
    // Smaller than the hook's default so the line is far narrower than the safe area.
    for (const [id, look] of [
      ['hook-left', { align: 'left', weight: 400, size: { min: 0.5, max: 0.6 } }],
      ['hook-centre', { align: 'center', weight: 800, size: { min: 0.5, max: 0.6 } }],
    ] as const) {
      store.import(JSON.stringify(withHook(id, look)), `${id}.json`, id);
    }
  }, SHORT_SCENES_CONFIG);

  const rendered = new Map<string, ReturnType<typeof renderHookFrame>>();
  /** The hook's frame of `template` by `provider`, rendered once for the file's tests. */
  function hookFrame(provider: string, template: string) {
    const key = `${provider}/${template}`;
    if (!rendered.has(key)) rendered.set(key, renderHookFrame(provider, template));
    return rendered.get(key)!;
  }

  /** The hook's frame (after its entrance) as a PNG, with the frame's size. */
  async function renderHookFrame(provider: string, template: string) {
    const job = await templates.service.generateVideo(SCRIPT, { provider, quality: 'draft', template });
    expect([job.status, job.error?.message]).toEqual(['completed', undefined]);
    const video = job.result!.outputPath;
    const stream = probe(video).streams.find((s) => s.codec_type === 'video')!;
    const size = { width: Number(stream.width), height: Number(stream.height) };
    const at = job.timeline.scenes[0]!.durationSeconds * 0.6;
    const png = join(templates.folder, `${provider}-${template}.png`);
    grabFrame(video, at, png);
    return { png, size, rgb: () => grabRgb(video, at, size.width, size.height) };
  }

  /** Left edge (pixels) of the leftmost confidently read hook word. */
  function hookLeft(png: string): number {
    const words = ocrWords(png).filter((w) => isConfidentWord(w, 60) && /breathe|deeply/i.test(w.text));
    expect(words.map((w) => w.text.toLowerCase()).join(' ')).toMatch(/breathe/);
    return Math.min(...words.map((w) => w.x));
  }

  it.each(['ffmpeg', 'remotion'])(
    '%s starts a left-aligned hook at the left edge of the safe rectangle',
    async (provider) => {
      const left = await hookFrame(provider, 'hook-left');
      const centred = await hookFrame(provider, 'hook-centre');
      const safe = safeAreaFor(left.size, 'generic');
      const tolerance = left.size.width * 0.03;
      expect(Math.abs(hookLeft(left.png) - safe.x), `safe area starts at ${safe.x}`).toBeLessThan(tolerance);
      // The same words centred start well inside the safe area: the check can tell them apart.
      expect(hookLeft(centred.png) - safe.x).toBeGreaterThan(left.size.width * 0.1);
    },
    240_000,
  );

  it.each(['ffmpeg', 'remotion'])(
    '%s draws the hook heavier at weight 800 than at 400',
    async (provider) => {
      const light = inkPixels((await hookFrame(provider, 'hook-left')).rgb());
      const heavy = inkPixels((await hookFrame(provider, 'hook-centre')).rgb());
      expect(light).toBeGreaterThan(200);
      expect(heavy / light, `ink at 400: ${light}, at 800: ${heavy}`).toBeGreaterThan(1.3);
    },
    240_000,
  );
});
