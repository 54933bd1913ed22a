export { SynthesiaVideoProvider, type SynthesiaProviderOptions } from './synthesia-video-provider.js';
