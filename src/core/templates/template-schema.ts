import { z } from 'zod';
import { ANIMATION_STYLES, TRANSITION_KINDS } from '../channel.js';
import { LOGO_POSITIONS } from './template-logo.js';

/**
 * A template fixes the look of a video. It is a versioned JSON document (`version` is the
 * template's own revision; `schema` the format revision, so a later format can migrate old files).
 * Published as JSON Schema in docs/template.schema.json (see template-json-schema.test.ts).
 */
export const TEMPLATE_FORMAT_VERSION = 1;

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');

export const TEMPLATE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** The audio files a template's `music.file` may name: what both renderers decode. */
export const MUSIC_FILE_PATTERN = /\.(mp3|m4a|aac|wav|flac|ogg|opus)$/i;

export const TEXT_POSITIONS = ['top', 'center', 'bottom'] as const;
export type TextPosition = (typeof TEXT_POSITIONS)[number];

const roleLook = z
  .object({
    position: z.enum(TEXT_POSITIONS).describe('where the text block sits inside the safe zone'),
    size: z
      .object({
        min: z.number().min(0.5).max(3),
        max: z.number().min(0.5).max(3),
      })
      .strict()
      .refine((s) => s.min <= s.max, { message: 'min must not exceed max' })
      .describe('text size as a factor of the role default: the fit starts at max and never goes below min'),
    weight: z.union([z.literal(400), z.literal(500), z.literal(600), z.literal(700), z.literal(800)]),
    align: z.enum(['left', 'center', 'right']),
    entrance: z.enum(ANIMATION_STYLES),
    emphasis: z.enum(['none', 'highlight', 'underline', 'accent-colour']),
  })
  .strict();

export const templateSchema = z
  .object({
    $schema: z.string().optional(),
    schema: z.literal(TEMPLATE_FORMAT_VERSION).describe('template format version'),
    id: z.string().regex(TEMPLATE_ID_PATTERN, 'lower-case letters, digits and dashes, at most 63'),
    name: z.string().min(1).max(80),
    version: z.number().int().min(1).describe("the template's own revision"),
    palette: z
      .object({
        background: z.array(colour).min(1).max(6).describe('gradient stops; the first is the solid colour'),
        text: colour,
        accent: colour,
        primary: colour.optional().describe('caption highlight; defaults to accent'),
        textShadow: colour.optional().describe('defaults to black or white, whichever contrasts with text'),
      })
      .strict(),
    fonts: z
      .object({
        heading: z
          .string()
          .min(1)
          .describe('a shipped family (resources/fonts), e.g. "Noto Sans", or one of fonts.files'),
        body: z.string().min(1).describe('a shipped family or one of fonts.files, as heading'),
        files: z
          .array(
            z
              .object({
                family: z.string().min(1).max(80).describe('the name heading / body use for this file'),
                file: z
                  .string()
                  .regex(/\.(ttf|otf)$/i, 'a .ttf or .otf font file')
                  .describe('font file, relative to the template file'),
              })
              .strict(),
          )
          .max(8)
          .optional()
          .describe('font files next to the template, each registered under its family'),
      })
      .strict(),
    background: z
      .object({
        kind: z.enum(['gradient', 'solid', 'image', 'video']),
        file: z
          .string()
          .min(1)
          .optional()
          .describe('image or video file, relative to the template file (kind image / video)'),
        blur: z.number().min(0).max(40).optional().describe('blur radius in pixels of a 1080 px frame'),
        dim: z
          .number()
          .min(0)
          .max(1)
          .optional()
          .describe('how much the picture is darkened: 0 none, 1 black'),
      })
      .strict()
      .refine((b) => (b.kind === 'image' || b.kind === 'video') === (b.file !== undefined), {
        message: 'an image or video background needs a file; gradient and solid take none',
        path: ['file'],
      }),
    roles: z.object({ hook: roleLook, point: roleLook, cta: roleLook }).strict(),
    transition: z
      .object({
        kind: z.enum(TRANSITION_KINDS),
        seconds: z.number().min(0).max(2),
      })
      .strict(),
    captions: z
      .object({
        style: z.enum(['word-highlight', 'plain']),
      })
      .strict(),
    logo: z
      .object({
        file: z.string().min(1).describe('image file, relative to the template file'),
        position: z.enum(LOGO_POSITIONS).describe('the corner of the safe zone the logo sits in'),
      })
      .strict()
      .optional(),
    music: z
      .object({
        file: z
          .string()
          .regex(MUSIC_FILE_PATTERN, 'an audio file (.mp3, .m4a, .aac, .wav, .flac, .ogg or .opus)')
          .optional()
          .describe(
            'music played when the script (and its variant) names none, relative to the template file',
          ),
        volume: z
          .number()
          .min(0)
          .max(1)
          .optional()
          .describe(
            "the music's level (the script's or the template's): a factor on the renderers' own level",
          ),
      })
      .strict()
      .optional(),
  })
  .strict();

export type ReelforgeTemplate = z.infer<typeof templateSchema>;
export type TemplateRoleLook = ReelforgeTemplate['roles']['hook'];
