import type { LoudnessTarget, PlatformId } from '#core/platform-presets.js';
import { logoRect } from '#core/render-look/logo-rect.js';
import type { Rect } from '#core/render-look/safe-zone.js';
import type { SceneRole, VideoTimeline } from '#core/timeline/video-timeline.js';
import type { FrameSize } from '#core/video-quality.js';
import { entranceMotion, type EntranceMotion } from '#core/render-look/animation.js';
import { sceneFrameSpans } from '#core/render-look/frame-timing.js';
import { transitionMethodFor, type TransitionEngine, type TransitionMethod } from './transitions.js';
import { entranceFor } from '#core/templates/text-position.js';

/** A pre-rendered transparent text image and where its top-left corner rests in the frame. */
export interface TextLayer extends ImageSource {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * An image file for ffmpeg: PNG, or raw pixels of the given size (RGBA unless `pixelFormat` says
 * yuv420p, as cached backgrounds are). Drawn images are written raw: PNG-compressing a 1080×1920
 * gradient takes canvas ≈ 0.6 s and a text layer ≈ 20 ms, writing them raw a few milliseconds.
 */
export interface ImageSource {
  readonly path: string;
  readonly raw?: FrameSize & { readonly pixelFormat?: 'rgba' | 'yuv420p' };
}

/**
 * A video file playing behind a scene (e.g. AI footage from a cloud provider): scaled and cropped
 * to fill the frame, looped when the scene outlasts it.
 */
export interface VideoClipSource {
  readonly path: string;
  readonly clip: true;
  /** A template's blur (Gaussian standard deviation, frame pixels) and dim (0–1) of the clip. */
  readonly blurPx?: number;
  readonly dim?: number;
}

/** What a scene's text is drawn over: a still picture or a moving clip. */
export type BackgroundSource = ImageSource | VideoClipSource;

export function isVideoClip(source: BackgroundSource): source is VideoClipSource {
  return 'clip' in source && source.clip;
}

/** The images drawn for one scene before ffmpeg runs. */
export interface SceneAssets {
  readonly background: BackgroundSource;
  readonly text: TextLayer;
}

/** One scene in whole frames, so every cut lands on a frame and the total is exact. */
export interface PlannedScene {
  readonly index: number;
  readonly role: SceneRole;
  readonly startFrame: number;
  readonly frameCount: number;
  /** Frames at the start of this scene during which the previous one blends into it. */
  readonly headFrames: number;
  /** Frames this scene keeps playing past its end, under the next scene's transition. */
  readonly tailFrames: number;
  readonly transitionIn: TransitionMethod;
  readonly background: BackgroundSource;
  readonly text: TextLayer;
  readonly motion: EntranceMotion;
  /** First frame (scene-relative) at which the text is at rest. */
  readonly motionEndFrame: number;
}

export interface VoiceOverClip {
  readonly path: string;
  readonly startSeconds: number;
  /** Cut at the end of its scene so voice-overs never overlap. */
  readonly maxSeconds: number;
  readonly sceneIndex: number;
}

export interface AudioPlan {
  readonly durationSeconds: number;
  readonly musicPath?: string;
  /** A factor on the music's level (a template's music.volume); undefined is 1. */
  readonly musicVolume?: number;
  readonly voiceOvers: readonly VoiceOverClip[];
  /** The platform's loudness target for the mixed soundtrack; undefined: no final normalisation. */
  readonly loudness?: LoudnessTarget;
}

export interface RenderPlan {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly totalFrames: number;
  readonly scenes: readonly PlannedScene[];
  readonly audio: AudioPlan;
  /** Grey mask image for wipe transitions: black, a soft edge, then white; twice the frame wide. */
  readonly wipeMask?: ImageSource;
  /** Narration captions burned in over the finished picture. */
  readonly captions?: BurnedCaptions;
  /** A template's logo (an image file) and where it is drawn over the finished picture. */
  readonly logo?: { readonly path: string } & Rect;
}

/** An ASS subtitle file (see `buildCaptionSubtitles`) and the fonts folder libass draws it with. */
export interface BurnedCaptions {
  readonly subtitlesPath: string;
  readonly fontsDir: string;
}

export interface PlanInput {
  readonly timeline: VideoTimeline;
  readonly frame: FrameSize;
  readonly assets: readonly SceneAssets[];
  readonly transitionEngine?: TransitionEngine;
  readonly wipeMask?: ImageSource;
  readonly loudness?: LoudnessTarget;
  readonly captions?: BurnedCaptions;
  /** Whose safe zone the logo keeps to (generic when left out). */
  readonly platform?: PlatformId;
}

/**
 * Turns a timeline into frame-exact scenes. Scene boundaries are rounded to frames once, so
 * the parts add up to exactly round(duration × fps) frames. A transition never takes more than
 * half of the scene it leads into, so every scene is seen on its own.
 */
export function planRender(input: PlanInput): RenderPlan {
  const { timeline, frame, assets } = input;
  const { fps } = timeline;
  if (!(fps > 0)) throw new Error(`timeline.fps must be positive, got ${fps}`);
  if (assets.length !== timeline.scenes.length) {
    throw new Error(`${assets.length} scene images for ${timeline.scenes.length} scenes`);
  }
  // The frame arithmetic is shared with the preview (core/render-look/frame-timing).
  const { totalFrames, spans } = sceneFrameSpans(timeline);
  const boundaries = [...spans.map((span) => span.startFrame), totalFrames];
  const heads = spans.map((span) => span.headFrames);

  const scenes = timeline.scenes.map((scene, i): PlannedScene => {
    const asset = assets[i]!;
    const motion = entranceMotion(entranceFor(timeline.style, scene.role), frame, {
      x: asset.text.x,
      y: asset.text.y,
    });
    const headFrames = heads[i]!;
    const transitionIn =
      headFrames > 0 && scene.transitionIn
        ? transitionMethodFor(scene.transitionIn.kind, input.transitionEngine)
        : { type: 'cut' as const };
    return {
      index: scene.index,
      role: scene.role,
      startFrame: boundaries[i]!,
      frameCount: boundaries[i + 1]! - boundaries[i]!,
      headFrames,
      tailFrames: heads[i + 1] ?? 0,
      transitionIn,
      background: asset.background,
      text: asset.text,
      motion,
      motionEndFrame: Math.ceil(motion.endSeconds * fps),
    };
  });

  if (scenes.some((s) => s.transitionIn.type === 'wipe') && !input.wipeMask) {
    throw new Error('a wipe transition needs the wipe mask image');
  }

  const durationSeconds = totalFrames / fps;
  const voiceOvers = timeline.scenes.flatMap((scene, i): VoiceOverClip[] =>
    scene.voiceOverPath
      ? [
          {
            path: scene.voiceOverPath,
            startSeconds: boundaries[i]! / fps,
            maxSeconds: (boundaries[i + 1]! - boundaries[i]!) / fps,
            sceneIndex: scene.index,
          },
        ]
      : [],
  );

  return {
    width: frame.width,
    height: frame.height,
    fps,
    totalFrames,
    scenes,
    audio: {
      durationSeconds,
      musicPath: timeline.musicPath,
      ...(timeline.style.musicVolume !== undefined ? { musicVolume: timeline.style.musicVolume } : {}),
      voiceOvers,
      ...(input.loudness ? { loudness: input.loudness } : {}),
    },
    wipeMask: input.wipeMask,
    ...(input.captions ? { captions: input.captions } : {}),
    ...(timeline.style.logo
      ? { logo: { path: timeline.style.logo.path, ...logoRect(frame, timeline.style.logo, input.platform) } }
      : {}),
  };
}

/** The video frame (0-based) used as the poster: the hook with its text in, before any transition. */
export function posterFrame(plan: RenderPlan): number {
  const scene = plan.scenes.find((s) => s.role === 'hook') ?? plan.scenes[0]!;
  const lastClean = scene.frameCount - 1;
  const wanted = Math.max(scene.headFrames, scene.motionEndFrame + Math.round(plan.fps * 0.2));
  return scene.startFrame + Math.max(0, Math.min(wanted, lastClean));
}
