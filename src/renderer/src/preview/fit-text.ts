// Font sizes for the preview, from the same code the Remotion composition renders with
// (core/text-fit): the role's preferred size, shrunk until the caption words fit the platform
// safe area. The fit runs on the 1080 px reference frame of the aspect ratio, so it matches a
// render at that size step for step, then turns into `cqmin` (1 % of the frame's short side) so
// the preview scales with its box.
import type { PlatformId } from '#core/platform-presets.js';
import type { SceneRole } from '#core/timeline/video-timeline.js';
import {
  CAPTION_WORD_PADDING_EM,
  fitSceneText,
  SCENE_TEXT_LIMITS,
  splitCaptionWords,
} from '#core/text-fit.js';
import { frameSizeFor } from '#core/video-quality.js';
import type { AspectRatio } from '#shared/api-types.js';

export const LINE_HEIGHT = SCENE_TEXT_LIMITS.lineHeight;

/** Font size in cqmin for a scene's text in a frame of `aspectRatio`, as the render sizes it. */
export function fitFontSize(
  text: string,
  role: SceneRole,
  aspectRatio: AspectRatio,
  platform: PlatformId = 'generic',
  scale?: { readonly sizeMax: number; readonly sizeMin: number },
): number {
  const fitted = fitSceneText(
    splitCaptionWords(text),
    role,
    frameSizeFor('standard', aspectRatio),
    CAPTION_WORD_PADDING_EM,
    platform,
    scale,
  );
  // `unit` is pixels per 1080th of the short side; a cqmin is a 100th of it.
  return fitted.fontSize / (fitted.unit * 10.8);
}
