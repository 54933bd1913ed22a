export { buildTimeline, DEFAULT_FPS, type BuildTimelineOptions } from './build-timeline.js';
export { countWords, CJK_CHARS_PER_WORD } from './count-words.js';
export {
  estimateSceneSeconds,
  readingSeconds,
  sceneBounds,
  SETTLE_PAD_SECONDS,
  VOICE_OVER_TAIL_SECONDS,
  type EstimateSceneOptions,
  type SceneBounds,
} from './estimate-scene-seconds.js';
export { framesAtLeast, framesAtMost, framesToSeconds, secondsToFrames } from './frames.js';
