export { FfmpegVideoProvider, type FfmpegProviderDeps } from './ffmpeg-video-provider.js';
export type { FfmpegProviderOptions } from './ffmpeg-options.js';
export { FFMPEG_NOT_FOUND } from './binary-discovery.js';
export { ffmpegPageBackgrounds } from './page-background.js';
