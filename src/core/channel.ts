import type { ValidationIssue } from './errors.js';
import type { VideoScript } from './script.js';
import type { StyleBackgroundMedia, StyleLogo, TemplateFontFile } from './templates/template-logo.js';
import type { TemplateTextLayout } from './templates/text-position.js';

/** How a scene's text enters. */
export const ANIMATION_STYLES = ['float', 'ripple', 'rise', 'burst'] as const;
export type AnimationStyle = (typeof ANIMATION_STYLES)[number];

/** How one scene gives way to the next. */
export const TRANSITION_KINDS = ['crossfade', 'slide-up', 'slide-left', 'wipe', 'zoom', 'cut'] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

/** Colours as #rrggbb. `background` has two or more stops for the gradient. */
export interface ChannelPalette {
  readonly background: readonly string[];
  readonly primary: string;
  readonly accent: string;
  readonly text: string;
  readonly textShadow: string;
}

export interface ChannelFonts {
  /** Family names as shipped in resources/fonts; renderers fall back through the list. */
  readonly heading: string;
  readonly body: string;
}

/** How a channel looks and paces its videos. */
export interface ChannelStyle {
  readonly palette: ChannelPalette;
  readonly fonts: ChannelFonts;
  readonly animation: AnimationStyle;
  /** Reading pace that sets scene durations. */
  readonly wordsPerMinute: number;
  readonly transition: TransitionKind;
  readonly transitionSeconds: number;
  /**
   * How words are shown as they are said: `word-highlight` (undefined: channels, the look before
   * templates) lights the spoken word; `plain` lights none (scene text and burned-in captions).
   */
  readonly captionStyle?: 'word-highlight' | 'plain';
  /** The template this style came from, when one was applied (see templates/template-style.ts). */
  readonly templateId?: string;
  /** Per-role text placement from a template; without it every role is centred as before. */
  readonly layout?: TemplateTextLayout;
  /** A template's logo, drawn in a corner of the safe zone (core/render-look/logo-rect.ts). */
  readonly logo?: StyleLogo;
  /**
   * A template's music level (0–1, a factor on the renderers' own music level); undefined is 1.
   * Used for the script's music and the template's (scripts have no volume of their own).
   */
  readonly musicVolume?: number;
  /**
   * A template's music file: the timeline's music when the script (and its variant) names none
   * (build-timeline.ts), so it is mixed and normalised exactly like a script's music.
   */
  readonly musicPath?: string;
  /** A template's picture or looping video behind every scene, instead of the gradient. */
  readonly backgroundMedia?: StyleBackgroundMedia;
  /** A template's own font files, registered under their families before text is drawn. */
  readonly fontFiles?: readonly TemplateFontFile[];
  /**
   * Only in timelines sent to the page: set when `providers.ffmpeg.options.backgrounds` names a
   * picture for the channel. The page loads it from the app's media server by channel id
   * (`ReelforgeApi.channelMediaUrl`, never by path); `version` (the file's size and modification
   * time) goes into that URL, so a changed file is fetched again. The FFmpeg render draws the file
   * itself; the Remotion provider ignores the option.
   */
  readonly ffmpegChannelPicture?: { readonly version: string };
}

/** Limits on what a channel's scripts may contain. */
export interface ContentRules {
  readonly maxTotalSeconds: number;
  readonly maxHookChars: number;
  readonly maxPointChars: number;
  readonly maxCallToActionChars: number;
  readonly minPoints: number;
  readonly maxPoints: number;
  /** Minimum and maximum seconds any one scene is on screen. */
  readonly minSceneSeconds: number;
  readonly maxSceneSeconds: number;
}

export interface ChannelDefinition {
  readonly id: string;
  readonly name: string;
  /** What the channel is about, e.g. "mental clarity". */
  readonly theme: string;
  readonly style: ChannelStyle;
  readonly rules: ContentRules;
  /** The channel's own narration defaults, over `narration.*` in config, under a script's voice. */
  readonly narration?: ChannelNarration;
  /**
   * The template a script renders with when neither it nor the render names one (config
   * `channels.<id>.template`). Without it the channel's own look is used, which for a built-in
   * channel is its built-in template of the same id (see templates/builtin-templates.ts).
   */
  readonly defaultTemplate?: string;
}

export interface ChannelNarration {
  /** `"off"` or `"<provider>[:<voice>]"`. */
  readonly voice?: string;
  /** Speaking pace, 0.25–4. */
  readonly rate?: number;
}

/** Styles and validates scripts for one channel. */
export interface ChannelStrategy {
  readonly definition: ChannelDefinition;
  /** Every rule the script breaks, all at once; empty when it is fine. */
  validate(script: VideoScript): ValidationIssue[];
}
