import { buildTimeline } from '#core/timeline/build-timeline.js';
import type { AspectRatio } from '#core/video-quality.js';
import { frameSizeFor } from '#core/video-quality.js';
import { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import { timelineToCompositionProps, type ReelforgeVideoProps } from './props.js';
import { sampleScript } from '#core/sample-script.js';

/**
 * Default props of the compositions: a short Air video, so Remotion Studio and a preview with no
 * script loaded yet have something to show. Real renders always pass their own props.
 */
export function sampleProps(aspectRatio: AspectRatio = '9:16'): ReelforgeVideoProps {
  const timeline = buildTimeline(sampleScript(), BUILTIN_CHANNELS.air);
  return timelineToCompositionProps(timeline, frameSizeFor('standard', aspectRatio));
}
