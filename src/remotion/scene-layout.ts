import type { PlatformId } from '#core/platform-presets.js';
import { CAPTION_WORD_PADDING_EM, fitSceneText, type SceneTextFit } from '#core/text-fit.js';
import type { SceneRole } from '#core/timeline/video-timeline.js';

/**
 * How the composition sizes and places a scene's caption: the domain's `fitSceneText` in the
 * platform's safe rectangle (`safeAreaFor` in `#core/safe-zone`), the rectangle the FFmpeg
 * renderer and the preview use too. The caption block is centred in `safe`. Words are padded as
 * CaptionText draws them (`WORD_PADDING_EM`, kept equal to the core's by layout.test.ts).
 */
export function fitCompositionText(
  words: readonly string[],
  role: SceneRole,
  frame: { readonly width: number; readonly height: number; readonly platform?: PlatformId },
  scale?: { readonly sizeMax: number; readonly sizeMin: number },
): SceneTextFit {
  return fitSceneText(
    words,
    role,
    { width: frame.width, height: frame.height },
    CAPTION_WORD_PADDING_EM,
    frame.platform,
    scale,
  );
}
