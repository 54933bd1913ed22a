/**
 * What the desktop preview imports (browser-safe, no Node APIs):
 *
 *   <Player component={ReelforgeVideo} inputProps={timelineToCompositionProps(timeline, size,
 *     media, fontBaseUrl)} {...metadataFromProps(props)} />
 *
 * `fontBaseUrl` is a folder URL serving the files in FONT_FILES (resources/fonts).
 */
export { ReelforgeVideo } from './composition/ReelforgeVideo.js';
export {
  COMPOSITION_IDS,
  compositionIdFor,
  metadataFromProps,
  reelforgeVideoPropsSchema,
  timelineToCompositionProps,
  type CompositionMedia,
  type CompositionMetadata,
  type ReelforgeVideoProps,
} from './props.js';
export { FONT_FACES, FONT_FILES, fontStackFor, type FontFaceSpec } from './fonts.js';
export { planSequences, plannedTotalFrames, type PlannedSequence } from './sequence-plan.js';
export { POSTER_ARTIFACT, posterFrameFor } from './poster.js';
export { sampleProps } from './sample-props.js';
