import { protocol } from 'electron';
import { MEDIA_PROTOCOL } from '#shared/loopback-protocol.js';
import { mediaNotFoundResponse, mediaWebResponse } from '../media/media-web-response.js';
import { resolveJobMedia, type JobLookup } from '../media/resolve-job-media.js';
import { resolveChannelMedia, type ChannelMediaLookup } from '../media/resolve-channel-media.js';
import { resolveTemplateMedia, type TemplateMediaLookup } from '../media/resolve-template-media.js';
import type { AppLocation } from './app-location.js';
import { mediaCorsOrigin } from './media-cors.js';
import { parseElectronMediaUrl } from './media-url.js';
import { PRIVILEGED_SCHEMES } from './privileged-schemes.js';

/** Must run before `app.ready`: the app's and the media scheme's privileges, in one call. */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged(
    PRIVILEGED_SCHEMES.map((s) => ({ ...s, privileges: { ...s.privileges } })),
  );
}

/**
 * Serves `reelforge-media://job/<id>/<kind>` through the history only (see resolveJobMedia), and
 * `reelforge-media://template/<id>/<asset>` through the template store only (resolveTemplateMedia),
 * and `reelforge-media://channel/<id>/<asset>` through the current config only (resolveChannelMedia).
 */
export function handleMediaProtocol(
  jobs: JobLookup,
  templates: TemplateMediaLookup,
  channels: ChannelMediaLookup,
  location: AppLocation,
): () => void {
  protocol.handle(MEDIA_PROTOCOL, async (request) => {
    const target = parseElectronMediaUrl(request.url);
    const media = !target
      ? undefined
      : target.kind === 'template'
        ? await resolveTemplateMedia(templates, target.rawTemplateId, target.rawAsset)
        : target.kind === 'channel'
          ? await resolveChannelMedia(channels, target.rawChannelId, target.rawAsset)
          : await resolveJobMedia(jobs, target.rawJobId, target.kind);
    const response = media ? await mediaWebResponse(request, media) : mediaNotFoundResponse();
    const allowOrigin = mediaCorsOrigin(request.headers.get('origin'), location);
    if (allowOrigin) response.headers.set('Access-Control-Allow-Origin', allowOrigin);
    response.headers.set('Vary', 'Origin');
    return response;
  });
  return () => protocol.unhandle(MEDIA_PROTOCOL);
}
