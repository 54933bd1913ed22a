export { parseByteRange, type ByteRangeRequest } from './byte-range.js';
export { parseMediaJobId } from './media-job-id.js';
export { mediaMimeType } from './media-mime-types.js';
export { planMediaResponse, type MediaResponsePlan } from './media-response-plan.js';
export { sendMedia, sendMediaNotFound } from './media-http-response.js';
export { mediaNotFoundResponse, mediaWebResponse } from './media-web-response.js';
export { isMediaKind, MEDIA_KINDS, type MediaKind, type ResolvedMedia } from './media-types.js';
export { MediaChangedError, openMediaStream } from './open-media-stream.js';
export { resolveJobMedia, type JobLookup } from './resolve-job-media.js';
export {
  parseTemplateMediaAsset,
  resolveTemplateMedia,
  type TemplateMediaLookup,
} from './resolve-template-media.js';
export {
  parseChannelMediaAsset,
  resolveChannelMedia,
  type ChannelMediaLookup,
} from './resolve-channel-media.js';
