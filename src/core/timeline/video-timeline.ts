import type { ChannelStyle, TransitionKind } from '../channel.js';
import type { NarrationTrack } from '../narration/timed-words.js';

export type SceneRole = 'hook' | 'point' | 'cta';

export interface SceneTransition {
  readonly kind: TransitionKind;
  /** Runs during the first `durationSeconds` of the scene it leads into. */
  readonly durationSeconds: number;
}

/** One screen of the video. Scenes tile the timeline: no gaps, no overlaps. */
export interface VideoScene {
  readonly index: number;
  readonly role: SceneRole;
  /** 1-based number of the main point, for role "point". */
  readonly pointNumber?: number;
  readonly text: string;
  readonly startSeconds: number;
  readonly durationSeconds: number;
  /** How this scene arrives; undefined for the first scene. */
  readonly transitionIn?: SceneTransition;
  readonly voiceOverPath?: string;
}

/** The channel-styled layout of a script that every provider and the preview share. */
export interface VideoTimeline {
  readonly channel: string;
  readonly topic: string;
  readonly style: ChannelStyle;
  readonly scenes: readonly VideoScene[];
  readonly durationSeconds: number;
  readonly fps: number;
  readonly musicPath?: string;
  /** Synthesized voice-over with word timings, when the render is narrated. */
  readonly narration?: NarrationTrack;
}
