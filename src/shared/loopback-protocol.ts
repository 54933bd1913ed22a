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
