import type { ChannelStyle } from '../channel.js';
import { captionHighlightColour } from '../narration/caption-style.js';
import type { VideoScene } from '../timeline/video-timeline.js';
import type { TemplateRoleLook } from './template-schema.js';

export type Emphasis = TemplateRoleLook['emphasis'];

/** How the word being spoken stands out in the burned-in captions. */
export interface SpokenWordLook {
  /** Its text colour; undefined: the caption's own colour. */
  readonly colour?: string;
  readonly underline: boolean;
}

/**
 * The spoken word's look for a template's `emphasis`, the same for the FFmpeg (ASS) and Remotion
 * captions: `highlight` (the look before templates) and `accent-colour` colour it, with the
 * caption highlight colour (the accent when it reads on the dark box) or the accent itself;
 * `underline` underlines it in the caption's colour; `none` leaves it like the other words.
 */
export function spokenWordLook(emphasis: Emphasis, accent: string): SpokenWordLook {
  if (emphasis === 'highlight') return { colour: captionHighlightColour(accent), underline: false };
  if (emphasis === 'accent-colour') return { colour: accent, underline: false };
  return { underline: emphasis === 'underline' };
}

/**
 * The emphasis of the scene a spoken word belongs to (its role's); highlight without a template,
 * none when the template's caption style is `plain` (no word is lit).
 */
export function emphasisOfScene(
  style: Pick<ChannelStyle, 'layout' | 'captionStyle'>,
  scenes: readonly Pick<VideoScene, 'index' | 'role'>[],
  sceneIndex: number,
): Emphasis {
  if (style.captionStyle === 'plain') return 'none';
  const role = scenes.find((s) => s.index === sceneIndex)?.role;
  return (role && style.layout?.[role].emphasis) ?? 'highlight';
}
