// Paints the FFmpeg render's frame at a time onto a canvas, with the renderer's own code: the text
// layout and drawing, the gradient background, the entrance motion and the frame arithmetic of
// transitions all come from #core/render-look, which the FFmpeg provider uses too.
import type { PlatformId } from '#core/platform-presets.js';
import { entranceAt } from '#core/render-look/animation.js';
import {
  drawChannelPicture,
  drawCoverPicture,
  ffmpegBackgroundKind,
  templateBlurPx,
} from '#core/render-look/cover-picture.js';
import { emphasisOfScene } from '#core/templates/caption-emphasis.js';
import {
  drawGradientBackground,
  drawTextLayer,
  type Canvas2D,
  type FontFor,
} from '#core/render-look/draw.js';
import {
  easedTransitionProgress,
  fadeInAlpha,
  frameContentAt,
  sceneFrameSpans,
  type SceneFrameSpan,
} from '#core/render-look/frame-timing.js';
import { layoutSceneText, type MeasureAt, type TextLayout } from '#core/render-look/text-layout.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import type { FrameSize } from '#core/video-quality.js';
import { fontStackFor } from '#remotion/fonts.js';
import { CaptionPainter } from './caption-painter.js';
import { entranceFor } from '#core/templates/text-position.js';

/** The page's 2D context: the shared drawing interface plus the image calls used here. */
export interface PageCanvas2D extends Canvas2D {
  filter: string;
  drawImage(image: CanvasImageSource, dx: number, dy: number, dw?: number, dh?: number): void;
  clearRect(x: number, y: number, width: number, height: number): void;
  rect(x: number, y: number, width: number, height: number): void;
  clip(): void;
  measureText(text: string): { readonly width: number };
}

/** The render's font request, with the shipped faces under the names the page registered them as. */
export const pageFontFor: FontFor = (size, family, weight) =>
  `${weight} ${Math.round(size)}px ${fontStackFor(family)}`;

/**
 * The background as the page loaded it: a picture, a template's or the channel's from the FFmpeg
 * provider's options (drawn once per scene, as the render draws it once), or a template's video
 * element the preview seeks to each scene's clip time.
 */
export type LoadedBackground =
  | {
      readonly kind: 'picture';
      readonly picture: CanvasImageSource;
      readonly width: number;
      readonly height: number;
    }
  | { readonly kind: 'video'; readonly video: HTMLVideoElement };

interface SceneLayer {
  readonly background: HTMLCanvasElement;
  readonly text: HTMLCanvasElement;
  readonly layout: TextLayout;
}

function canvasOf(size: FrameSize): { canvas: HTMLCanvasElement; ctx: PageCanvas2D } | undefined {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(size.width));
  canvas.height = Math.max(1, Math.ceil(size.height));
  const ctx = canvas.getContext('2d') as PageCanvas2D | null;
  return ctx ? { canvas, ctx } : undefined;
}

/** Everything drawn once per timeline: each scene's background and text layer, as the render has them. */
export class FfmpegFramePainter {
  readonly spans: readonly SceneFrameSpan[];
  readonly totalFrames: number;
  readonly #layers: SceneLayer[];
  readonly #scratch: { canvas: HTMLCanvasElement; ctx: PageCanvas2D };
  readonly #video: HTMLVideoElement | undefined;
  /** The video's current frame drawn as the background (cover, blur, dim), redrawn when it moves. */
  #videoFrame:
    | { canvas: HTMLCanvasElement; ctx: PageCanvas2D; small: ReturnType<typeof canvasOf>; at: number }
    | undefined;
  /** The burned-in narration caption, when the timeline is narrated. */
  readonly captions: CaptionPainter | undefined;

  private constructor(
    readonly timeline: VideoTimeline,
    readonly frame: FrameSize,
    layers: SceneLayer[],
    scratch: { canvas: HTMLCanvasElement; ctx: PageCanvas2D },
    platform: PlatformId,
    video: HTMLVideoElement | undefined,
  ) {
    const { spans, totalFrames } = sceneFrameSpans(timeline);
    this.#video = video;
    this.spans = spans;
    this.totalFrames = totalFrames;
    this.#layers = layers;
    this.#scratch = scratch;
    this.captions =
      timeline.narration &&
      new CaptionPainter(timeline.narration, frame, platform, timeline.style.palette.accent, (sceneIndex) =>
        emphasisOfScene(timeline.style, timeline.scenes, sceneIndex),
      );
  }

  /**
   * Undefined where the page has no 2D canvas (a DOM without one, in unit tests). `loaded`:
   * the picture or video ffmpegPreviewBackground chose, once the page has it (the gradient is
   * drawn until then).
   */
  static create(
    timeline: VideoTimeline,
    frame: FrameSize,
    platform: PlatformId,
    loaded?: LoadedBackground,
  ): FfmpegFramePainter | undefined {
    const measuring = canvasOf({ width: 8, height: 8 });
    const scratch = canvasOf(frame);
    if (!measuring || !scratch) return undefined;
    const measureAt: MeasureAt = (size, family, weight = 700) => {
      const font = pageFontFor(size, family, weight);
      return (text) => {
        measuring.ctx.font = font;
        return measuring.ctx.measureText(text).width;
      };
    };
    // The render's precedence: a template's picture or video, the channel picture, the gradient.
    const kind = ffmpegBackgroundKind(timeline.style, timeline.style.ffmpegChannelPicture !== undefined);
    const layers: SceneLayer[] = [];
    for (const [i, scene] of timeline.scenes.entries()) {
      const layout = layoutSceneText(scene, timeline.style, frame, measureAt, platform);
      const background = canvasOf(frame);
      const text = canvasOf(layout);
      if (!background || !text) return undefined;
      const media = timeline.style.backgroundMedia;
      if (media && kind === 'template-picture' && loaded?.kind === 'picture') {
        drawCoverPicture(
          background.ctx,
          loaded.picture,
          loaded,
          frame,
          templateBlurPx(media.blur, frame),
          media.dim,
        );
      } else if (kind === 'channel-picture' && loaded?.kind === 'picture') {
        drawChannelPicture(background.ctx, loaded.picture, loaded, frame, timeline.style.palette);
      } else {
        drawGradientBackground(background.ctx, timeline.style.palette, frame, i);
      }
      drawTextLayer(text.ctx, layout, pageFontFor);
      layers.push({ background: background.canvas, text: text.canvas, layout });
    }
    const video = kind === 'template-video' && loaded?.kind === 'video' ? loaded.video : undefined;
    return new FfmpegFramePainter(timeline, frame, layers, scratch, platform, video);
  }

  /**
   * Where the background video is at output frame `frameNumber`: the render loops the clip from
   * the start of each scene, so the scene's own time, wrapped at the clip's length.
   */
  backgroundVideoSecondsAt(frameNumber: number): number {
    const content = frameContentAt(this.spans, frameNumber);
    const local = content ? content.localFrame / this.timeline.fps : 0;
    const length = this.timeline.style.backgroundMedia?.durationSeconds;
    return length && length > 0 ? local % length : local;
  }

  /** The background video the painter draws from, when the template has one and the page loaded it. */
  get backgroundVideo(): HTMLVideoElement | undefined {
    return this.#video;
  }

  /** The output frame shown at `seconds` (frame n is on screen from n / fps). */
  frameAt(seconds: number): number {
    return Math.min(Math.max(0, Math.floor(seconds * this.timeline.fps + 1e-6)), this.totalFrames - 1);
  }

  /** Paints output frame `frameNumber` onto `ctx` (a canvas of the painter's frame size). */
  paint(ctx: PageCanvas2D, frameNumber: number): void {
    const content = frameContentAt(this.spans, frameNumber);
    if (!content) return;
    const { width, height } = this.frame;
    ctx.globalAlpha = 1;
    const transition = content.transition;
    if (!transition) {
      this.#paintScene(ctx, content.position, content.localFrame);
      this.captions?.paint(ctx, frameNumber / this.timeline.fps);
      return;
    }
    // The leaving scene plays on under the incoming one, as the render's transition clip has it.
    this.#paintScene(ctx, transition.previousPosition, transition.previousLocalFrame);
    const incoming = this.#scratch;
    incoming.ctx.clearRect(0, 0, width, height);
    this.#paintScene(incoming.ctx, content.position, content.localFrame);
    const n = transition.frame;
    const eased = easedTransitionProgress(n, transition.frames);
    ctx.save();
    switch (transition.kind) {
      case 'slide-up':
        ctx.drawImage(incoming.canvas, 0, height * (1 - eased));
        break;
      case 'slide-left':
        ctx.drawImage(incoming.canvas, width * (1 - eased), 0);
        break;
      case 'wipe': {
        // The render slides a window over a black | soft edge | white mask: the middle of the edge.
        const edge = Math.max(2, Math.round(width * 0.08));
        const from = width + edge / 2 - (width + edge) * eased;
        ctx.beginPath();
        ctx.rect(from, 0, width - from, height);
        ctx.clip();
        ctx.drawImage(incoming.canvas, 0, 0);
        break;
      }
      case 'zoom': {
        const scale = 0.8 + 0.2 * eased;
        ctx.globalAlpha = fadeInAlpha(n, transition.frames);
        const w = width * scale;
        const h = height * scale;
        ctx.drawImage(incoming.canvas, (width - w) / 2, (height - h) / 2, w, h);
        break;
      }
      default:
        ctx.globalAlpha = fadeInAlpha(n, transition.frames);
        ctx.drawImage(incoming.canvas, 0, 0);
    }
    ctx.restore();
    // The render burns captions in over the finished picture, transitions included.
    this.captions?.paint(ctx, frameNumber / this.timeline.fps);
  }

  /**
   * The background video's frame as the render draws it, once the element has one (FfmpegPreview
   * moves it to backgroundVideoSecondsAt). Blurring a full frame takes longer than a frame's time
   * in a software canvas, so it is done once per video frame, and a blurred frame is blurred at a
   * reduced size and scaled up: a blur that wide leaves no detail the reduction could lose.
   */
  #videoBackground(): HTMLCanvasElement | undefined {
    const media = this.timeline.style.backgroundMedia;
    const video = this.#video;
    if (!media || !video) return undefined;
    // HAVE_CURRENT_DATA: the element has the frame at currentTime (not while a seek is under way).
    if (video.readyState >= 2 && video.videoWidth > 0 && this.#videoFrame?.at !== video.currentTime) {
      const blurPx = templateBlurPx(media.blur, this.frame);
      const scale = blurPx >= 8 ? 0.25 : blurPx >= 2 ? 0.5 : 1;
      const small = {
        width: Math.round(this.frame.width * scale),
        height: Math.round(this.frame.height * scale),
      };
      this.#videoFrame ??= {
        ...canvasOf(this.frame)!,
        small: scale < 1 ? canvasOf(small) : undefined,
        at: Number.NaN,
      };
      const size = { width: video.videoWidth, height: video.videoHeight };
      const { ctx } = this.#videoFrame;
      const reduced = this.#videoFrame.small;
      if (reduced) {
        reduced.ctx.clearRect(0, 0, small.width, small.height);
        drawCoverPicture(reduced.ctx, video, size, small, blurPx * scale);
        ctx.clearRect(0, 0, this.frame.width, this.frame.height);
        drawCoverPicture(ctx, reduced.canvas, small, this.frame, 0, media.dim);
      } else {
        ctx.clearRect(0, 0, this.frame.width, this.frame.height);
        drawCoverPicture(ctx, video, size, this.frame, blurPx, media.dim);
      }
      this.#videoFrame.at = video.currentTime;
    }
    return this.#videoFrame?.canvas;
  }

  #paintScene(ctx: PageCanvas2D, position: number, localFrame: number): void {
    const layer = this.#layers[position];
    if (!layer) return;
    ctx.drawImage(this.#videoBackground() ?? layer.background, 0, 0);
    const role = this.timeline.scenes[position]?.role ?? 'point';
    const state = entranceAt(
      entranceFor(this.timeline.style, role),
      this.frame,
      localFrame / this.timeline.fps,
    );
    ctx.save();
    ctx.globalAlpha = state.alpha;
    ctx.drawImage(layer.text, layer.layout.frameX + state.dx, layer.layout.frameY + state.dy);
    ctx.restore();
  }
}
