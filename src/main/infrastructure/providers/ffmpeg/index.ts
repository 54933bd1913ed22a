export { FfmpegVideoProvider, type FfmpegProviderDeps } from './ffmpeg-video-provider.js';
export type { FfmpegProviderOptions } from './ffmpeg-options.js';
export { FFMPEG_NOT_FOUND } from './binary-discovery.js';
export { ffmpegChannelPictures, type FfmpegChannelPictures } from './channel-picture.js';
