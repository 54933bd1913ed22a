export { RemotionVideoProvider, type RemotionProviderOptions } from './remotion-video-provider.js';
export {
  BROWSER_NOT_FOUND,
  discoverBrowser,
  systemBrowserPaths,
  type BrowserDiscovery,
} from './browser-discovery.js';
export { findAppRoot, locateBundle, PREBUILT_BUNDLE_DIR, type LocatedBundle } from './bundle-locator.js';
export { buildBundle, bundleSourcesFor, ensureCachedBundle, type Bundler } from './remotion-bundle.js';
export { defaultConcurrency, readRenderSettings, type RemotionRenderSettings } from './render-settings.js';
