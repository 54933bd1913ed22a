import { RenderOptionError } from '../errors.js';
import type { ScriptMedia, VideoScript } from '../script.js';

/**
 * One A/B variant of a script: a name and what it changes. Anything left out is the script's own.
 * Text is normalised and media paths are absolute once parsed, as for the script itself.
 */
export interface ScriptVariant {
  readonly name: string;
  readonly hook?: string;
  /**
   * Main point overrides by position: entry i replaces point i, `undefined` keeps it. Never longer
   * than the script's points: a variant changes the wording, not the number of scenes.
   */
  readonly mainPoints?: readonly (string | undefined)[];
  readonly callToAction?: string;
  /** A template id, opaque here: it is stored and handed to the renderer with the job. */
  readonly template?: string;
  /** Absolute path of the variant's background music. */
  readonly music?: string;
}

/** A rendered variant: its name and the group shared by the jobs of one `render` call. */
export interface VariantTag {
  readonly name: string;
  readonly group: string;
}

/** Letters, digits, `-` and `_`, starting with a letter or digit: safe in file names and flags. */
export const VARIANT_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
export const MAX_VARIANTS = 20;

/** Why a name is unusable, or undefined when it is fine. */
export function variantNameProblem(name: string): string | undefined {
  if (VARIANT_NAME_PATTERN.test(name)) return undefined;
  const suggestion = name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '')
    .slice(0, 40);
  const hint = suggestion === '' ? '' : ` (e.g. "${suggestion}")`;
  return `"${name}" is not a usable variant name: use 1–40 letters, digits, "-" or "_", starting with a letter or digit${hint}`;
}

/**
 * The script as a variant renders it: the variant's hook, points, call to action, template and
 * music in place of the script's, and no variant list. A voice-over recorded for a part the
 * variant rewrites no longer matches its text, so it is dropped; the others are kept.
 */
export function applyVariant(script: VideoScript, variant: ScriptVariant): VideoScript {
  const overrides = variant.mainPoints ?? [];
  const mainPoints = script.mainPoints.map((point, i) => overrides[i] ?? point);
  const media = variantMedia(script.media, variant);
  const { variants: _variants, media: _media, ...rest } = script;
  return {
    ...rest,
    hook: variant.hook ?? script.hook,
    mainPoints,
    callToAction: variant.callToAction ?? script.callToAction,
    ...(variant.template !== undefined ? { template: variant.template } : {}),
    ...(media !== undefined ? { media } : {}),
  };
}

function variantMedia(media: ScriptMedia | undefined, variant: ScriptVariant): ScriptMedia | undefined {
  const music = variant.music ?? media?.music;
  const voice = media?.voiceOvers;
  const points = voice?.mainPoints?.map((path, i) =>
    variant.mainPoints?.[i] === undefined ? path : undefined,
  );
  const hook = variant.hook === undefined ? voice?.hook : undefined;
  const callToAction = variant.callToAction === undefined ? voice?.callToAction : undefined;
  const anyPoint = points?.some((p) => p !== undefined) ?? false;
  const hasVoice = hook !== undefined || callToAction !== undefined || anyPoint;
  if (music === undefined && !hasVoice) return undefined;
  return {
    ...(music !== undefined ? { music } : {}),
    ...(hasVoice
      ? {
          voiceOvers: {
            ...(hook !== undefined ? { hook } : {}),
            ...(anyPoint && points ? { mainPoints: points } : {}),
            ...(callToAction !== undefined ? { callToAction } : {}),
          },
        }
      : {}),
  };
}

/** The variants a render makes: all of them, or the one named (an unknown name is an error). */
export function selectVariants(
  variants: readonly ScriptVariant[],
  only: string | undefined,
  scriptName: string,
): readonly ScriptVariant[] {
  if (only === undefined) return variants;
  const found = variants.find((v) => v.name.toLowerCase() === only.toLowerCase());
  if (found) return [found];
  const known = variants.map((v) => v.name).join(', ');
  throw new RenderOptionError(
    'variant',
    variants.length === 0 ? 'the script declares no variants' : `no such variant (the script has: ${known})`,
    { value: only, file: scriptName },
  );
}

/**
 * The MP4 `comment` tag that traces a posted file back to its job: `reelforge job=<id>`, plus
 * `variant=<name> group=<id>` for a variant. Names are limited to VARIANT_NAME_PATTERN, so the
 * tag needs no quoting.
 */
export function videoCommentTag(jobId: string, variant?: VariantTag): string {
  const base = `reelforge job=${jobId}`;
  return variant ? `${base} variant=${variant.name} group=${variant.group}` : base;
}

/**
 * Reads a tag written by `videoCommentTag`, also after text a renderer put in front of it (Remotion
 * writes "Made with Remotion 4.0.527; " first); undefined for any other comment.
 */
export function readVideoCommentTag(
  comment: string,
): { jobId: string; variant?: string; group?: string } | undefined {
  const match = /(?:^|; )reelforge job=(\S+)(?: variant=(\S+) group=(\S+))?$/.exec(comment.trim());
  if (!match) return undefined;
  return {
    jobId: match[1]!,
    ...(match[2] !== undefined ? { variant: match[2], group: match[3]! } : {}),
  };
}
