import { z } from 'zod';
import { formatConfigKey } from '../../config/config-error-from-issues.js';
import type { TransitionEngine } from './transitions.js';
import { PICTURE_MIME_TYPES } from '#core/picture-types.js';

/** What `providers.ffmpeg` in config may hold besides the common provider settings; all optional. */
export interface FfmpegProviderOptions {
  /** Picture per channel id drawn behind the text instead of the palette gradient. */
  readonly backgrounds?: Readonly<Record<string, string>>;
  /** "overlay" (default, fast) or "xfade" for xfade's own look on every transition. */
  readonly transitionEngine?: TransitionEngine;
  /** x264 threads for the whole render (parts share them); default from the core count. */
  readonly threads?: number;
  /** Parts of a render encoded side by side and then joined; default 2 on 2–4 cores, else 1. */
  readonly parts?: number;
  /**
   * Encode only the first frames of each still hold and put the rest back as skipped frames
   * (hold-frames.ts); default true. false makes x264 encode every frame, as before.
   */
  readonly skippedFrames?: boolean;
  /** Folder of the bundled fonts, when not found next to the app. */
  readonly fontsDir?: string;
  /** Where per-render scratch folders go; default the OS temp folder. */
  readonly tempDir?: string;
}

/** Picture files `backgrounds` may name (a video is refused when the render starts). */
export const IMAGE_BACKGROUNDS: ReadonlySet<string> = new Set(Object.keys(PICTURE_MIME_TYPES));

const whole = (min: number, max: number) => {
  const error = `expected a whole number from ${min} to ${max}`;
  return z.int({ error }).min(min, { error }).max(max, { error });
};
const path = z.string({ error: 'expected a path' }).min(1, { error: 'expected a path' });

// Other keys belong to the common settings or are ignored, as for every provider.
const optionsSchema = z.looseObject({
  backgrounds: z.record(z.string(), path, { error: 'expected { "<channel>": "<picture path>" }' }).optional(),
  transitionEngine: z.enum(['overlay', 'xfade'], { error: 'expected "overlay" or "xfade"' }).optional(),
  threads: whole(1, 64).optional(),
  parts: whole(1, 8).optional(),
  skippedFrames: z.boolean({ error: 'expected true or false' }).optional(),
  fontsDir: path.optional(),
  tempDir: path.optional(),
});

/**
 * The FFmpeg options from config, checked; throws an Error naming the config field
 * (`providers.ffmpeg.parts: expected a whole number from 1 to 8`) when one is wrong.
 */
export function readFfmpegOptions(raw: Readonly<Record<string, unknown>>): FfmpegProviderOptions {
  const result = optionsSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${formatConfigKey(['providers', 'ffmpeg', ...issue.path])}: ${issue.message}`,
  );
  throw new Error(problems.join('; '));
}
