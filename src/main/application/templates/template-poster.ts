import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ReelforgeError } from '#core/errors.js';
import type { VideoProvider } from '#core/provider.js';
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';
import { generationRequestFor, newJobRecord } from '../generation/job-options.js';
import type { PreparedScript, ScriptInput } from '../script-intake.js';

/** The sample a poster frame is rendered from: short, so a draft render takes a few seconds. */
export const POSTER_SAMPLE_SCRIPT = JSON.stringify({
  channel: 'air',
  topic: 'Template poster',
  hook: 'Your look, one frame.',
  main_points: ['Colours, fonts and layout.'],
  call_to_action: 'Make it yours.',
});

export interface TemplatePosterDeps {
  /** `<data dir>/template-posters`: one JPEG per template content hash. */
  readonly cacheDir: string;
  /** Lays out the sample script with the template (the service's `prepare`). */
  prepare(input: ScriptInput, channel: undefined, template: string): Promise<PreparedScript>;
  /** The FFmpeg renderer. */
  readonly renderer: VideoProvider | undefined;
}

/**
 * A template's poster frame: the FFmpeg renderer's poster of the sample script rendered with it
 * (draft), cached by the hash of the template's content so an edit renders a new one and an
 * unchanged template never renders twice. Written under a temp folder and renamed into place.
 */
export async function templatePoster(
  deps: TemplatePosterDeps,
  template: ReelforgeTemplate,
  signal: AbortSignal,
): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(template)).digest('hex');
  const cached = join(deps.cacheDir, `${hash}.jpg`);
  if (existsSync(cached)) return cached;
  if (!deps.renderer) throw new ReelforgeError('the FFmpeg renderer is not available for poster frames');
  await mkdir(deps.cacheDir, { recursive: true });
  const work = await mkdtemp(join(deps.cacheDir, '.render-'));
  try {
    const prepared = await deps.prepare(
      { kind: 'text', content: POSTER_SAMPLE_SCRIPT, name: 'poster.json' },
      undefined,
      template.id,
    );
    const job = newJobRecord(
      `poster-${hash.slice(0, 12)}`,
      prepared,
      { provider: deps.renderer.id, quality: 'draft', aspectRatio: '9:16', outputDir: work },
      new Date().toISOString(),
    );
    const output = await deps.renderer.generate(generationRequestFor(job), {
      signal,
      onProgress: () => undefined,
    });
    if (!output.thumbnailPath) throw new ReelforgeError('the renderer wrote no poster frame');
    await rename(output.thumbnailPath, cached);
    return cached;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
