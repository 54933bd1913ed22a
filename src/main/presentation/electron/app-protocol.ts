import { protocol } from 'electron';
import type { AppLocation } from './app-location.js';
import { APP_PROTOCOL, appProtocolResponse } from './app-protocol-files.js';
import { electronContentSecurityPolicy } from './content-security.js';

/**
 * Serves the built renderer on `app://reelforge/…` with the strict CSP as a response header
 * (see app-protocol-files.ts). Nothing to do in dev: the dev server serves the page.
 */
export function handleAppProtocol(location: AppLocation): () => void {
  if (location.kind !== 'app') return () => undefined;
  const contentSecurityPolicy = electronContentSecurityPolicy(location);
  protocol.handle(APP_PROTOCOL, (request) =>
    appProtocolResponse(request, { rendererDir: location.rendererDir, contentSecurityPolicy }),
  );
  return () => protocol.unhandle(APP_PROTOCOL);
}
