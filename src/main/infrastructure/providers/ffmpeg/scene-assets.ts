import { extname, join } from 'node:path';
import type { PlatformId } from '#core/platform-presets.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import type { FrameSize } from '#core/video-quality.js';
import {
  canvasMeasureAt,
  writeGradientBackground,
  writeImageBackground,
  writeTemplateImageBackground,
  writeTextLayer,
  writeWipeMask,
} from './canvas-images.js';
import type { BackgroundCache, Yuv420Converter } from './background-cache.js';
import type { BackgroundSource, ImageSource, SceneAssets } from './render-plan.js';
import { IMAGE_BACKGROUNDS } from './ffmpeg-options.js';
import { layoutSceneText } from '#core/render-look/text-layout.js';
import { ffmpegBackgroundKind, templateBlurPx } from '#core/render-look/cover-picture.js';

export interface PreparedAssets {
  readonly scenes: readonly SceneAssets[];
  readonly wipeMask?: ImageSource;
}

/**
 * Draws every image the render needs into `dir`: per scene a background and a transparent text
 * layer, plus the wipe mask when a wipe is used. Script text only ever reaches canvas, so no
 * character can alter the ffmpeg command. `onSceneDone` reports progress; the signal is checked
 * between scenes.
 */
export async function prepareSceneAssets(options: {
  readonly timeline: VideoTimeline;
  readonly frame: FrameSize;
  readonly dir: string;
  readonly backgroundImage?: string;
  /** A video file per scene (by position) played behind its text instead of a drawn background. */
  readonly sceneBackgrounds?: readonly (string | undefined)[];
  readonly signal: AbortSignal;
  /** Kept gradient backgrounds; without it each is drawn into `dir`. */
  readonly backgroundCache?: BackgroundCache;
  /** Lets the cache keep backgrounds as YUV 4:2:0 (see background-cache.ts). */
  readonly toYuv420?: Yuv420Converter;
  /** Whose safe zone the text is laid out in; generic when left out. */
  readonly platform?: PlatformId;
  readonly onSceneDone?: (done: number, total: number) => void;
}): Promise<PreparedAssets> {
  const { timeline, frame, dir, signal } = options;
  const measureAt = canvasMeasureAt();
  if (options.backgroundImage && !IMAGE_BACKGROUNDS.has(extname(options.backgroundImage).toLowerCase())) {
    throw new Error(
      `providers.ffmpeg.options.backgrounds.${timeline.channel}: "${options.backgroundImage}" is not a picture (png, jpg, webp); video backgrounds are not supported yet`,
    );
  }
  const needsDrawnBackground = timeline.scenes.some((_, i) => !options.sceneBackgrounds?.[i]);
  // The precedence the preview follows too: template video or picture, channel picture, gradient.
  const kind = ffmpegBackgroundKind(timeline.style, Boolean(options.backgroundImage));
  // A template's picture or video background (its blur in px of a 1080 px frame).
  const media = timeline.style.backgroundMedia;
  const blurPx = media ? templateBlurPx(media.blur, frame) : 0;
  const templateClip: BackgroundSource | undefined =
    media && kind === 'template-video' ? { path: media.path, clip: true, blurPx, dim: media.dim } : undefined;
  const sharedBackground = !needsDrawnBackground
    ? undefined
    : media && kind === 'template-picture'
      ? await writeTemplateImageBackground(
          media.path,
          frame,
          blurPx,
          media.dim,
          join(dir, 'template-background.rgba'),
        )
      : options.backgroundImage && kind === 'channel-picture'
        ? await writeImageBackground(
            options.backgroundImage,
            timeline.style.palette,
            frame,
            join(dir, 'background.rgba'),
          )
        : undefined;

  const scenes: SceneAssets[] = [];
  for (const [i, scene] of timeline.scenes.entries()) {
    signal.throwIfAborted();
    const layout = layoutSceneText(scene, timeline.style, frame, measureAt, options.platform);
    const textPath = join(dir, `text-${i}.rgba`);
    const clip = options.sceneBackgrounds?.[i];
    const [background, textImage] = await Promise.all([
      clip
        ? ({ path: clip, clip: true } satisfies BackgroundSource)
        : (templateClip ??
          sharedBackground ??
          (options.backgroundCache
            ? options.backgroundCache.gradient(timeline.style.palette, frame, i, options.toYuv420)
            : writeGradientBackground(timeline.style.palette, frame, i, join(dir, `background-${i}.rgba`)))),
      writeTextLayer(layout, textPath),
    ]);
    scenes.push({
      background,
      text: {
        ...textImage,
        x: layout.frameX,
        y: layout.frameY,
        width: layout.width,
        height: layout.height,
      },
    });
    options.onSceneDone?.(i + 1, timeline.scenes.length);
  }

  const needsMask = timeline.scenes.some((s, i) => i > 0 && s.transitionIn?.kind === 'wipe');
  const wipeMask = needsMask ? await writeWipeMask(frame, join(dir, 'wipe-mask.rgba')) : undefined;
  return { scenes, wipeMask };
}
