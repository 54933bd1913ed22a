import { z } from 'zod';
import { ANIMATION_STYLES, TRANSITION_KINDS } from '#core/channel.js';
import { TEXT_POSITIONS } from '#core/templates/template-schema.js';
import { LOGO_POSITIONS } from '#core/templates/template-logo.js';
import { PLATFORM_IDS, type PlatformId } from '#core/platform-presets.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import { secondsToFrames } from '#core/timeline/frames.js';
import type { AspectRatio, FrameSize } from '#core/video-quality.js';

/**
 * The input props of every Reelforge composition: the timeline exactly as the main process built
 * it, the frame size, and media as URLs the page can load. Nothing here is recomputed on the React
 * side: durations, order and transitions come from the timeline. Pure (no React, no Node), so the
 * renderer, the preview and tests all import it.
 */

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a #rrggbb colour');
const transitionKind = z.enum(TRANSITION_KINDS);

const roleTextLayout = z.object({
  position: z.enum(TEXT_POSITIONS),
  sizeMax: z.number().positive(),
  sizeMin: z.number().positive(),
  weight: z
    .union([z.literal(400), z.literal(500), z.literal(600), z.literal(700), z.literal(800)])
    .optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
  emphasis: z.enum(['none', 'highlight', 'underline', 'accent-colour']).optional(),
  entrance: z.enum(ANIMATION_STYLES).optional(),
});

export const channelStyleSchema = z.object({
  palette: z.object({
    background: z.array(hexColour).min(1),
    primary: hexColour,
    accent: hexColour,
    text: hexColour,
    textShadow: hexColour,
  }),
  fonts: z.object({ heading: z.string(), body: z.string() }),
  animation: z.enum(ANIMATION_STYLES),
  wordsPerMinute: z.number().positive(),
  transition: transitionKind,
  transitionSeconds: z.number().nonnegative(),
  templateId: z.string().optional(),
  captionStyle: z.enum(['word-highlight', 'plain']).optional(),
  layout: z.object({ hook: roleTextLayout, point: roleTextLayout, cta: roleTextLayout }).optional(),
  musicVolume: z.number().min(0).max(1).optional(),
  musicPath: z.string().optional(),
  fontFiles: z.array(z.object({ family: z.string(), path: z.string() })).optional(),
  backgroundMedia: z
    .object({
      kind: z.enum(['image', 'video']),
      path: z.string(),
      durationSeconds: z.number().positive().optional(),
      blur: z.number().min(0),
      dim: z.number().min(0).max(1),
      imageUrl: z.string().optional(),
    })
    .optional(),
  logo: z
    .object({
      path: z.string(),
      width: z.number().positive(),
      height: z.number().positive(),
      position: z.enum(LOGO_POSITIONS),
      imageUrl: z.string().optional(),
    })
    .optional(),
});

export const sceneSchema = z.object({
  index: z.number().int().nonnegative(),
  role: z.enum(['hook', 'point', 'cta']),
  pointNumber: z.number().int().positive().optional(),
  text: z.string(),
  startSeconds: z.number().nonnegative(),
  durationSeconds: z.number().positive(),
  transitionIn: z.object({ kind: transitionKind, durationSeconds: z.number().nonnegative() }).optional(),
  voiceOverPath: z.string().optional(),
});

/** The narration's words on the video's timeline, for burned-in word-highlighted captions. */
export const narrationSchema = z.object({
  voice: z.string(),
  words: z.array(
    z.object({
      text: z.string(),
      startSeconds: z.number().nonnegative(),
      endSeconds: z.number().nonnegative(),
      sceneIndex: z.number().int().nonnegative(),
      /** The white space written after the word (timed-words.ts), so captions keep it. */
      spaceAfter: z.string().optional(),
    }),
  ),
  burnInCaptions: z.boolean(),
});

export const timelineSchema = z.object({
  channel: z.string(),
  topic: z.string(),
  style: channelStyleSchema,
  scenes: z.array(sceneSchema).min(1),
  durationSeconds: z.number().positive(),
  fps: z.number().positive(),
  musicPath: z.string().optional(),
  narration: narrationSchema.optional(),
});

export const compositionMediaSchema = z.object({
  /** Background music for the whole video, as a URL the page (and Remotion's downloader) can fetch. */
  musicUrl: z.string().optional(),
  /** The template's logo image (style.logo), as a URL the page can load. */
  logoUrl: z.string().optional(),
  /** The template's font files (style.fontFiles), as URLs by family. */
  fontUrls: z.array(z.object({ family: z.string(), url: z.string() })).optional(),
  /** The template's background picture or video (style.backgroundMedia), as a URL. */
  backgroundUrl: z.string().optional(),
  /** Voice-over URL per scene index. */
  voiceOvers: z.array(z.object({ sceneIndex: z.number().int().nonnegative(), url: z.string() })).default([]),
});

export const reelforgeVideoPropsSchema = z.object({
  timeline: timelineSchema,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  media: compositionMediaSchema,
  /**
   * Folder URL the font files (see FONT_FACES) are served from, without a trailing slash. The
   * Remotion bundle defaults it to `staticFile('fonts')`; the desktop preview passes its own.
   */
  fontBaseUrl: z.string().optional(),
  /** The publishing preset whose safe zone the text keeps to; generic when left out. */
  platform: z.enum(PLATFORM_IDS).optional(),
});

export type ReelforgeVideoProps = z.infer<typeof reelforgeVideoPropsSchema>;
export type CompositionMedia = z.input<typeof compositionMediaSchema>;

export const COMPOSITION_IDS: Readonly<Record<AspectRatio, string>> = {
  '9:16': 'reelforge-9x16',
  '1:1': 'reelforge-1x1',
  '16:9': 'reelforge-16x9',
};

/** The `<Composition>` id that renders an aspect ratio. */
export function compositionIdFor(aspectRatio: AspectRatio): string {
  return COMPOSITION_IDS[aspectRatio];
}

/**
 * Builds the props of one render or preview from a timeline; media URLs are the caller's job.
 * Parsing through the schema copies the timeline into plain JSON-safe data and rejects a malformed
 * one here, with the field named, instead of deep inside the browser.
 */
export function timelineToCompositionProps(
  timeline: VideoTimeline,
  size: FrameSize,
  media: CompositionMedia = {},
  fontBaseUrl?: string,
  platform?: PlatformId,
): ReelforgeVideoProps {
  return reelforgeVideoPropsSchema.parse({
    timeline,
    width: size.width,
    height: size.height,
    media,
    ...(fontBaseUrl !== undefined ? { fontBaseUrl } : {}),
    ...(platform !== undefined && platform !== 'generic' ? { platform } : {}),
  });
}

export interface CompositionMetadata {
  readonly durationInFrames: number;
  readonly fps: number;
  readonly width: number;
  readonly height: number;
}

/** What `calculateMetadata` returns: everything straight from the props. */
export function metadataFromProps(props: ReelforgeVideoProps): CompositionMetadata {
  return {
    durationInFrames: Math.max(1, secondsToFrames(props.timeline.durationSeconds, props.timeline.fps)),
    fps: props.timeline.fps,
    width: props.width,
    height: props.height,
  };
}
