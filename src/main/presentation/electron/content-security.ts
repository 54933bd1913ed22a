import { MEDIA_PROTOCOL } from '#shared/loopback-protocol.js';
// The builder is pure; imported by file so the Electron bundle does not pull in the web server.
import { buildContentSecurityPolicy } from '../loopback/content-security-policy.js';
import type { AppLocation } from './app-location.js';

/**
 * The window's CSP: the loopback policy plus `reelforge-media:` for job videos and posters, and
 * for fetch() (the history view reads mock manifests as text).
 */
export function electronContentSecurityPolicy(location: AppLocation): string {
  return buildContentSecurityPolicy({
    mediaSources: [`${MEDIA_PROTOCOL}:`],
    connectSources: [`${MEDIA_PROTOCOL}:`],
    devServerOrigin: location.kind === 'dev' ? location.origin : undefined,
  });
}
