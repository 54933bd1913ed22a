import type { PlatformId } from '../platform-presets.js';
import type { StyleLogo } from '../templates/template-logo.js';
import type { FrameSize } from '../video-quality.js';
import { even, safeAreaFor, type Rect } from './safe-zone.js';

/** The largest side of a logo, as a share of the frame's shorter side. */
export const LOGO_BOX_SHARE = 0.16;

/**
 * Where a template's logo is drawn: inside a square box (LOGO_BOX_SHARE of the frame's shorter
 * side) with its aspect kept, its corner on the chosen corner of the platform's safe zone, so the
 * platform's buttons never cover it. Even numbers, for 4:2:0 chroma. All renderers use this.
 */
export function logoRect(
  frame: FrameSize,
  logo: Pick<StyleLogo, 'width' | 'height' | 'position'>,
  platform: PlatformId = 'generic',
): Rect {
  const safe = safeAreaFor(frame, platform);
  const box = Math.min(frame.width, frame.height) * LOGO_BOX_SHARE;
  const scale = box / Math.max(logo.width, logo.height, 1);
  const width = Math.max(2, even(logo.width * scale));
  const height = Math.max(2, even(logo.height * scale));
  const right = logo.position.endsWith('right');
  const bottom = logo.position.startsWith('bottom');
  return {
    x: right ? safe.x + safe.width - width : safe.x,
    y: bottom ? safe.y + safe.height - height : safe.y,
    width,
    height,
  };
}
