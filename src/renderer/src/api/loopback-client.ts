// The browser transport: the contract's calls and events over one WebSocket to the loopback
// server. Calls are matched to results by id; every call still waiting when the socket drops is
// rejected (the server will never answer it), and the client reconnects with a growing back-off.
import type * as Contract from '#shared/api-contract.js';
import type {
  ChannelMediaAsset,
  LoopbackCallMessage,
  LoopbackServerMessage,
  TemplateMediaAsset,
} from '#shared/loopback-protocol.js';
import {
  LOOPBACK_API_PATH,
  loopbackChannelMediaPath,
  loopbackMediaPath,
  loopbackTemplateMediaPath,
} from '#shared/loopback-protocol.js';
import type { ConnectionMonitor, ConnectionState } from './connection.js';
import { NotConnectedError } from './connection.js';
import { unwrapEnvelope } from './error-message.js';

/** The part of the DOM WebSocket the client uses, so tests can hand in a fake. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((event: unknown) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
}

export type WebSocketFactory = (url: string) => WebSocketLike;

export interface LoopbackClientOptions {
  /** Full WebSocket URL including `?token=`. */
  readonly url: string;
  readonly token: string;
  readonly createSocket: WebSocketFactory;
  readonly initialBackoffMs?: number;
  readonly maxBackoffMs?: number;
}

interface PendingCall {
  resolve(value: unknown): void;
  reject(error: Error): void;
  /** Serialized message, kept until the socket is open to send it. */
  readonly message?: string;
}

export class LoopbackClient implements Contract.ReelforgeApi, ConnectionMonitor {
  readonly transport = 'loopback' as const;
  #socket: WebSocketLike | undefined;
  #state: ConnectionState = 'connecting';
  #nextId = 1;
  /** Sent, waiting for their result. */
  readonly #inFlight = new Map<number, PendingCall>();
  /** Made while connecting; sent on open. */
  readonly #waiting: { id: number; call: PendingCall & { message: string } }[] = [];
  readonly #listeners = new Map<Contract.ApiEventName, Set<(payload: never) => void>>();
  readonly #stateListeners = new Set<(state: ConnectionState) => void>();
  #backoffMs: number;
  #reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  #disposed = false;

  constructor(private readonly options: LoopbackClientOptions) {
    this.#backoffMs = options.initialBackoffMs ?? 500;
    this.#connect();
  }

  get state(): ConnectionState {
    return this.#state;
  }

  call<N extends Contract.ApiCallName>(
    name: N,
    payload: Contract.ApiPayload<N>,
  ): Promise<Contract.ApiResults[N]> {
    if (this.#state !== 'open' && this.#state !== 'connecting') {
      return Promise.reject(new NotConnectedError());
    }
    const id = this.#nextId++;
    const message: LoopbackCallMessage = { type: 'call', id, name, payload };
    const text = JSON.stringify(message);
    return new Promise<Contract.ApiResults[N]>((resolve, reject) => {
      const pending = { resolve: resolve as (value: unknown) => void, reject };
      if (this.#state === 'open' && this.#socket) {
        this.#inFlight.set(id, pending);
        this.#socket.send(text);
      } else {
        this.#waiting.push({ id, call: { ...pending, message: text } });
      }
    });
  }

  on<E extends Contract.ApiEventName>(
    event: E,
    listener: (payload: Contract.ApiEvents[E]) => void,
  ): () => void {
    let set = this.#listeners.get(event);
    if (!set) {
      set = new Set();
      this.#listeners.set(event, set);
    }
    set.add(listener as (payload: never) => void);
    return () => set.delete(listener as (payload: never) => void);
  }

  mediaUrl(jobId: string, kind: 'video' | 'thumbnail', version?: string): string {
    const query = new URLSearchParams({ token: this.options.token });
    // A version (e.g. completedAt) changes the URL when a retry replaces the file.
    if (version) query.set('v', version);
    return `${loopbackMediaPath(jobId, kind)}?${query.toString()}`;
  }

  templateMediaUrl(templateId: string, asset: TemplateMediaAsset): string {
    const query = new URLSearchParams({ token: this.options.token });
    return `${loopbackTemplateMediaPath(templateId, asset)}?${query.toString()}`;
  }

  channelMediaUrl(channelId: string, asset: ChannelMediaAsset, version?: string): string {
    const query = new URLSearchParams({ token: this.options.token });
    // The file's version changes the URL when the file changes; the page reuses a picture it loaded.
    if (version) query.set('v', version);
    return `${loopbackChannelMediaPath(channelId, asset)}?${query.toString()}`;
  }

  onStateChange(listener: (state: ConnectionState) => void): () => void {
    this.#stateListeners.add(listener);
    return () => this.#stateListeners.delete(listener);
  }

  reconnectNow(): void {
    if (this.#disposed || this.#state === 'open' || this.#state === 'connecting') return;
    clearTimeout(this.#reconnectTimer);
    this.#connect();
  }

  /** Closes the socket for good (tests, page unload). */
  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#reconnectTimer);
    this.#socket?.close();
    this.#dropPending();
  }

  #connect(): void {
    this.#setState('connecting');
    let socket: WebSocketLike;
    try {
      socket = this.options.createSocket(this.options.url);
    } catch {
      this.#handleClose();
      return;
    }
    this.#socket = socket;
    socket.onopen = () => {
      if (this.#socket !== socket) return;
      this.#backoffMs = this.options.initialBackoffMs ?? 500;
      this.#setState('open');
      for (const { id, call } of this.#waiting.splice(0)) {
        this.#inFlight.set(id, call);
        socket.send(call.message);
      }
    };
    socket.onmessage = (event) => {
      if (this.#socket === socket) this.#handleMessage(event.data);
    };
    // Browsers fire "error" then "close"; reconnecting is driven by close alone.
    socket.onerror = () => undefined;
    socket.onclose = () => {
      if (this.#socket === socket) this.#handleClose();
    };
  }

  #handleClose(): void {
    this.#socket = undefined;
    this.#dropPending();
    this.#setState('closed');
    if (this.#disposed) return;
    const delay = this.#backoffMs;
    this.#backoffMs = Math.min(this.#backoffMs * 2, this.options.maxBackoffMs ?? 10_000);
    this.#reconnectTimer = setTimeout(() => this.#connect(), delay);
  }

  #dropPending(): void {
    const error = new NotConnectedError('The connection to Reelforge was lost before it answered; try again');
    for (const call of this.#inFlight.values()) call.reject(error);
    this.#inFlight.clear();
    for (const { call } of this.#waiting.splice(0)) call.reject(error);
  }

  #handleMessage(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: LoopbackServerMessage;
    try {
      message = JSON.parse(data) as LoopbackServerMessage;
    } catch {
      return;
    }
    if (message.type === 'result') {
      const pending = this.#inFlight.get(message.id);
      if (!pending) return;
      this.#inFlight.delete(message.id);
      try {
        pending.resolve(unwrapEnvelope(message.envelope));
      } catch (error) {
        pending.reject(error as Error);
      }
    } else if (message.type === 'event') {
      for (const listener of this.#listeners.get(message.event) ?? []) {
        try {
          (listener as (payload: unknown) => void)(message.payload);
        } catch (error) {
          // One broken view must not stop the others from hearing the event.
          console.error(`reelforge: "${message.event}" listener failed`, error);
        }
      }
    }
  }

  #setState(state: ConnectionState): void {
    if (this.#state === state) return;
    this.#state = state;
    for (const listener of this.#stateListeners) listener(state);
  }
}

/** `ws://<host>/api?token=…` for the page's own origin. */
export function loopbackSocketUrl(location: Pick<Location, 'protocol' | 'host'>, token: string): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${LOOPBACK_API_PATH}?token=${encodeURIComponent(token)}`;
}
