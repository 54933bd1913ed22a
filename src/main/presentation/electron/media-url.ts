import { MEDIA_PROTOCOL } from '#shared/loopback-protocol.js';
import { isMediaKind, type MediaKind } from '../media/media-types.js';

/**
 * What a `reelforge-media:` URL names: a job's file, a file a user template points at, or a file
 * config names for a channel.
 */
export type ElectronMediaTarget =
  | { readonly kind: MediaKind; readonly rawJobId: string }
  | { readonly kind: 'template'; readonly rawTemplateId: string; readonly rawAsset: string }
  | { readonly kind: 'channel'; readonly rawChannelId: string; readonly rawAsset: string };

/**
 * Splits `reelforge-media://job/<id>/<kind>` into the still-encoded id segment and the kind
 * (the id is checked by `resolveJobMedia`), and `reelforge-media://template/<id>/<asset>` into
 * its segments (checked by `resolveTemplateMedia`), and `reelforge-media://channel/<id>/<asset>`
 * into its segments (checked by `resolveChannelMedia`); undefined for any other shape.
 */
export function parseElectronMediaUrl(raw: string): ElectronMediaTarget | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (
    url.protocol !== `${MEDIA_PROTOCOL}:` ||
    (url.hostname !== 'job' && url.hostname !== 'template' && url.hostname !== 'channel') ||
    url.port !== '' ||
    url.username !== ''
  )
    return undefined;
  const segments = url.pathname.split('/');
  // "/<id>/<kind>" → ["", id, kind]
  if (segments.length !== 3 || segments[0] !== '') return undefined;
  const [, rawId = '', last = ''] = segments;
  if (rawId === '') return undefined;
  if (url.hostname === 'template') {
    return last !== '' ? { kind: 'template', rawTemplateId: rawId, rawAsset: last } : undefined;
  }
  if (url.hostname === 'channel') {
    return last !== '' ? { kind: 'channel', rawChannelId: rawId, rawAsset: last } : undefined;
  }
  return isMediaKind(last) ? { rawJobId: rawId, kind: last } : undefined;
}
