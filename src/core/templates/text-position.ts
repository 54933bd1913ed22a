import type { AnimationStyle, ChannelStyle } from '../channel.js';
import type { SceneRole } from '../timeline/video-timeline.js';
import type { TextPosition } from './template-schema.js';

export type TextAlign = 'left' | 'center' | 'right';
export type TextWeight = 400 | 500 | 600 | 700 | 800;

/** The weight every role had before templates set one (the shipped faces were bold only). */
export const DEFAULT_TEXT_WEIGHT: TextWeight = 700;

/** How a template places one role's text; carried on the style so every renderer reads the same. */
export interface RoleTextLayout {
  readonly position: TextPosition;
  /** Factor on the role's default start size (1: today's size). */
  readonly sizeMax: number;
  /** Factor on the role's default smallest size. */
  readonly sizeMin: number;
  /** CSS font weight of the role's text; undefined (timelines from before) is bold. */
  readonly weight?: TextWeight;
  /** Where each line sits in the safe area's width; undefined (timelines from before) is centred. */
  readonly align?: TextAlign;
  /** How the word being spoken stands out (see caption-emphasis.ts); undefined is highlight. */
  readonly emphasis?: 'none' | 'highlight' | 'underline' | 'accent-colour';
  /** How the role's text enters; undefined (timelines from before) is the style's `animation`. */
  readonly entrance?: AnimationStyle;
}

/**
 * How a scene of `role` enters, for every renderer and preview: its template role's entrance, else
 * the style's one animation (channels, and timelines from before per-role entrances).
 */
export function entranceFor(
  style: Pick<ChannelStyle, 'animation' | 'layout'>,
  role: SceneRole,
): AnimationStyle {
  return style.layout?.[role]?.entrance ?? style.animation;
}

export interface TemplateTextLayout {
  readonly hook: RoleTextLayout;
  readonly point: RoleTextLayout;
  readonly cta: RoleTextLayout;
}

/**
 * Where the middle of a text block wants to sit, as a fraction of the safe area's height. "top"
 * and "bottom" ask for 0 and 1: the block is then clamped to the safe area's edge, which is exactly
 * what flex-start / flex-end do in the Remotion composition. "center" keeps the role's own
 * fraction (the look from before templates).
 */
export function centerFractionFor(position: TextPosition | undefined, roleDefault: number): number {
  if (position === 'top') return 0;
  if (position === 'bottom') return 1;
  return roleDefault;
}

/** The CSS flex alignment that puts a block where `centerFractionFor` does. */
export function flexAlignFor(position: TextPosition | undefined): 'flex-start' | 'center' | 'flex-end' {
  if (position === 'top') return 'flex-start';
  if (position === 'bottom') return 'flex-end';
  return 'center';
}

/** The font weight a role's text is drawn with. */
export function textWeightFor(layout: RoleTextLayout | undefined): TextWeight {
  return layout?.weight ?? DEFAULT_TEXT_WEIGHT;
}

/** The horizontal alignment of a role's text. */
export function textAlignFor(layout: RoleTextLayout | undefined): TextAlign {
  return layout?.align ?? 'center';
}

/**
 * The CSS alignment (flex items, margins) that puts a block where `layoutSceneText` puts it
 * horizontally: against the safe area's left or right edge, or centred.
 */
export function flexJustifyFor(align: TextAlign): 'flex-start' | 'center' | 'flex-end' {
  if (align === 'left') return 'flex-start';
  if (align === 'right') return 'flex-end';
  return 'center';
}

/** Every weight a video's text is drawn in: bold (badges, captions) and each role's. */
export function textWeightsUsed(layout: TemplateTextLayout | undefined): TextWeight[] {
  const roles = layout ? [layout.hook, layout.point, layout.cta] : [];
  return [...new Set([DEFAULT_TEXT_WEIGHT, ...roles.map(textWeightFor)])];
}
