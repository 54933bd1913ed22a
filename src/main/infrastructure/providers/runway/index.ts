export { RunwayVideoProvider, type RunwayProviderOptions } from './runway-video-provider.js';
