// The desktop transport: `window.reelforge`, exposed by the preload, already has one function per
// call and one `on…` per event; this adapts it to the single `ReelforgeApi` shape the views use.
import type {
  ApiCallName,
  ApiEventName,
  ApiEvents,
  ApiPayload,
  ApiResults,
  ReelforgeApi,
  ReelforgeBridge,
} from '#shared/api-contract.js';
import { eventSubscriptionName } from '#shared/api-contract.js';
import {
  electronChannelMediaUrl,
  electronMediaUrl,
  electronTemplateMediaUrl,
} from '#shared/loopback-protocol.js';
import { cleanRemoteMessage } from './error-message.js';

/** The bridge may also offer `mediaUrl`; the contract's URL scheme is the fallback. */
type BridgeWithMedia = ReelforgeBridge & {
  readonly mediaUrl?: (jobId: string, kind: 'video' | 'thumbnail', version?: string) => string;
};

export function createElectronClient(bridge: BridgeWithMedia): ReelforgeApi {
  return {
    transport: 'electron',
    async call<N extends ApiCallName>(name: N, payload: ApiPayload<N>): Promise<ApiResults[N]> {
      const fn = bridge[name] as unknown as ((p: ApiPayload<N>) => Promise<ApiResults[N]>) | undefined;
      if (typeof fn !== 'function')
        throw new Error(`${name}: not available in this version of the desktop app`);
      try {
        return await fn(payload);
      } catch (error) {
        throw new Error(cleanRemoteMessage(error instanceof Error ? error.message : String(error)), {
          cause: error,
        });
      }
    },
    on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
      const subscribe = bridge[eventSubscriptionName(event)] as unknown as (
        cb: (payload: ApiEvents[E]) => void,
      ) => () => void;
      return subscribe(listener);
    },
    mediaUrl(jobId, kind, version) {
      if (typeof bridge.mediaUrl === 'function') return bridge.mediaUrl(jobId, kind, version);
      const base = electronMediaUrl(jobId, kind);
      return version ? `${base}?v=${encodeURIComponent(version)}` : base;
    },
    templateMediaUrl: electronTemplateMediaUrl,
    channelMediaUrl(channelId, asset, version) {
      const base = electronChannelMediaUrl(channelId, asset);
      return version ? `${base}?v=${encodeURIComponent(version)}` : base;
    },
  };
}
