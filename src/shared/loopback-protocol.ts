// Messages of the loopback bridge: the same calls and events as Electron IPC, carried over a
// WebSocket on 127.0.0.1. The server prints `http://127.0.0.1:<port>/#token=<token>`; the page
// keeps the token and sends it with the WebSocket URL (`/api?token=`) and with media URLs.
import type { ApiCallName, ApiEnvelope, ApiEventName, ApiEvents } from './api-contract.js';

export const LOOPBACK_API_PATH = '/api';
export const LOOPBACK_MEDIA_PREFIX = '/media/job/';

export interface LoopbackCallMessage {
  readonly type: 'call';
  /** Chosen by the client to match the result. */
  readonly id: number;
  readonly name: ApiCallName;
  readonly payload: unknown;
}

export type LoopbackServerMessage =
  | { readonly type: 'result'; readonly id: number; readonly envelope: ApiEnvelope<unknown> }
  | {
      readonly [E in ApiEventName]: {
        readonly type: 'event';
        readonly event: E;
        readonly payload: ApiEvents[E];
      };
    }[ApiEventName];

/** Media URL path for a job's file; the server resolves the id through the history only. */
export function loopbackMediaPath(jobId: string, kind: 'video' | 'thumbnail'): string {
  return `${LOOPBACK_MEDIA_PREFIX}${encodeURIComponent(jobId)}/${kind}`;
}

/** The custom protocol Electron serves job media on: `reelforge-media://job/<id>/<kind>`. */
export const MEDIA_PROTOCOL = 'reelforge-media';
export function electronMediaUrl(jobId: string, kind: 'video' | 'thumbnail'): string {
  return `${MEDIA_PROTOCOL}://job/${encodeURIComponent(jobId)}/${kind}`;
}

/**
 * A file a user template points at, named by the template's id and what it is for — never by
 * path: the server looks the template up in its store and serves only the file the store
 * resolved and checked for that use (see resolveTemplateMedia). `font-<n>`: the n-th of
 * `fonts.files`.
 */
export type TemplateMediaAsset = 'background' | 'logo' | `font-${number}`;

export const LOOPBACK_TEMPLATE_MEDIA_PREFIX = '/media/template/';

/** Media URL path for a template's file (the loopback server adds nothing else to resolve it). */
export function loopbackTemplateMediaPath(templateId: string, asset: TemplateMediaAsset): string {
  return `${LOOPBACK_TEMPLATE_MEDIA_PREFIX}${encodeURIComponent(templateId)}/${asset}`;
}

/** The Electron media scheme's URL for a template's file: `reelforge-media://template/<id>/<asset>`. */
export function electronTemplateMediaUrl(templateId: string, asset: TemplateMediaAsset): string {
  return `${MEDIA_PROTOCOL}://template/${encodeURIComponent(templateId)}/${asset}`;
}

/**
 * A file the app's config names for a channel, named by the channel's id and its use — never by
 * path: the server reads the current config and serves only the file it names for that use (see
 * resolveChannelMedia). `background`: the picture `providers.ffmpeg.options.backgrounds` names,
 * which the FFmpeg render draws behind the channel's scenes.
 */
export type ChannelMediaAsset = 'background';

export const LOOPBACK_CHANNEL_MEDIA_PREFIX = '/media/channel/';

/** Media URL path for a channel's file (the loopback server adds nothing else to resolve it). */
export function loopbackChannelMediaPath(channelId: string, asset: ChannelMediaAsset): string {
  return `${LOOPBACK_CHANNEL_MEDIA_PREFIX}${encodeURIComponent(channelId)}/${asset}`;
}

/** The Electron media scheme's URL for a channel's file: `reelforge-media://channel/<id>/<asset>`. */
export function electronChannelMediaUrl(channelId: string, asset: ChannelMediaAsset): string {
  return `${MEDIA_PROTOCOL}://channel/${encodeURIComponent(channelId)}/${asset}`;
}
