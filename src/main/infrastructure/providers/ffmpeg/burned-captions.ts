import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlatformId } from '#core/platform-presets.js';
import { emphasisOfScene } from '#core/templates/caption-emphasis.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import type { FrameSize } from '#core/video-quality.js';
import { buildCaptionSubtitles } from './caption-subtitles.js';
import type { BurnedCaptions } from './render-plan.js';

/**
 * Writes the narration's captions as an ASS file in the render's scratch folder, when the timeline
 * is narrated and the script has not turned burned-in captions off; inside the platform's safe zone.
 */
export async function writeBurnedCaptions(
  timeline: VideoTimeline,
  frame: FrameSize,
  scratch: string,
  fontsDir: string,
  platform: PlatformId = 'generic',
): Promise<BurnedCaptions | undefined> {
  const narration = timeline.narration;
  if (!narration?.burnInCaptions || narration.words.length === 0) return undefined;
  const subtitlesPath = join(scratch, 'captions.ass');
  const emphasisOf = (sceneIndex: number) => emphasisOfScene(timeline.style, timeline.scenes, sceneIndex);
  await writeFile(
    subtitlesPath,
    buildCaptionSubtitles(narration, frame, timeline.style, platform, emphasisOf),
  );
  return { subtitlesPath, fontsDir };
}
