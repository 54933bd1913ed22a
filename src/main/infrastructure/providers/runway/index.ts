export { RunwayVideoProvider, type RunwayProviderOptions } from './runway-video-provider.js';
export { RUNWAY_DEFAULT_URL, DEFAULT_CREDITS_PER_SECOND, DEFAULT_PROMPT_TEMPLATE } from './runway-options.js';
