import type { PlatformId } from '#core/platform-presets.js';
import { fitSceneText, type SceneTextFit } from '#core/text-fit.js';
import type { SceneRole } from '#core/timeline.js';
import { WORD_PADDING_EM } from './composition/CaptionText.js';

/**
 * How the composition sizes and places a scene's caption: the domain's `fitSceneText` in the
 * platform's safe rectangle (`safeAreaFor` in `#core/safe-zone`), the rectangle the FFmpeg
 * renderer and the preview use too. The caption block is centred in `safe`.
 */
export function fitCompositionText(
  words: readonly string[],
  role: SceneRole,
  frame: { readonly width: number; readonly height: number; readonly platform?: PlatformId },
): SceneTextFit {
  return fitSceneText(
    words,
    role,
    { width: frame.width, height: frame.height },
    WORD_PADDING_EM,
    frame.platform,
  );
}
