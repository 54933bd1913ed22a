import { protocol } from 'electron';
import { MEDIA_PROTOCOL } from '../../../shared/loopback-protocol.js';
import { mediaNotFoundResponse, mediaWebResponse } from '../media/media-web-response.js';
import { resolveJobMedia, type JobLookup } from '../media/resolve-job-media.js';
import type { AppLocation } from './app-location.js';
import { mediaCorsOrigin } from './media-cors.js';
import { parseElectronMediaUrl } from './media-url.js';

/**
 * Must run before `app.ready`: a standard, secure scheme that streams (so <video> can seek with
 * Range requests) and works with fetch(). It does not bypass the CSP.
 */
export function registerMediaScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: MEDIA_PROTOCOL,
      // corsEnabled: the page fetch()es mock manifests cross-origin (see media-cors.ts).
      privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/** Serves `reelforge-media://job/<id>/<kind>` through the history only (see resolveJobMedia). */
export function handleMediaProtocol(jobs: JobLookup, location: AppLocation): () => void {
  protocol.handle(MEDIA_PROTOCOL, async (request) => {
    const target = parseElectronMediaUrl(request.url);
    const media = target ? await resolveJobMedia(jobs, target.rawJobId, target.kind) : undefined;
    const response = media ? await mediaWebResponse(request, media) : mediaNotFoundResponse();
    const allowOrigin = mediaCorsOrigin(request.headers.get('origin'), location);
    if (allowOrigin) response.headers.set('Access-Control-Allow-Origin', allowOrigin);
    response.headers.set('Vary', 'Origin');
    return response;
  });
  return () => protocol.unhandle(MEDIA_PROTOCOL);
}
