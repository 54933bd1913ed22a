import { MEDIA_PROTOCOL } from '../../../shared/loopback-protocol.js';
import { isMediaKind, type MediaKind } from '../media/media-types.js';

/**
 * Splits `reelforge-media://job/<id>/<kind>` into the still-encoded id segment and the kind
 * (the id is checked by `resolveJobMedia`); undefined for any other shape.
 */
export function parseElectronMediaUrl(
  raw: string,
): { readonly rawJobId: string; readonly kind: MediaKind } | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (
    url.protocol !== `${MEDIA_PROTOCOL}:` ||
    url.hostname !== 'job' ||
    url.port !== '' ||
    url.username !== ''
  )
    return undefined;
  const segments = url.pathname.split('/');
  // "/<id>/<kind>" → ["", id, kind]
  if (segments.length !== 3 || segments[0] !== '') return undefined;
  const [, rawJobId = '', kind] = segments;
  return rawJobId !== '' && isMediaKind(kind) ? { rawJobId, kind } : undefined;
}
