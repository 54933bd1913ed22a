export {
  FfmpegVideoProvider,
  type FfmpegProviderDeps,
  type FfmpegProviderOptions,
} from './ffmpeg-video-provider.js';
export { FFMPEG_NOT_FOUND } from './binary-discovery.js';
