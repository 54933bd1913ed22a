import type { TextPosition } from './template-schema.js';

/** How a template places one role's text; carried on the style so every renderer reads the same. */
export interface RoleTextLayout {
  readonly position: TextPosition;
  /** Factor on the role's default start size (1: today's size). */
  readonly sizeMax: number;
  /** Factor on the role's default smallest size. */
  readonly sizeMin: number;
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
