export { SynthesiaVideoProvider, type SynthesiaProviderOptions } from './synthesia-video-provider.js';
export {
  SYNTHESIA_DEFAULT_URL,
  SYNTHESIA_MAX_SCENES,
  DEFAULT_AVATAR,
  DEFAULT_BACKGROUND,
} from './synthesia-options.js';
