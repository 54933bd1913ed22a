import type { ServerResponse } from 'node:http';
import { hang, sendJson, sendMalformedJson } from './fake-server.js';

/** One scripted answer instead of the normal one: an HTTP error, a hang, or broken JSON. */
export type ScriptedFailure =
  | { readonly status: number; readonly error?: string; readonly headers?: Record<string, string> }
  | 'hang'
  | 'malformed';

/** Sends a scripted failure. Error bodies are `{"error": …}` as both APIs document. */
export function sendScriptedFailure(res: ServerResponse, failure: ScriptedFailure): void {
  if (failure === 'hang') return hang(res);
  if (failure === 'malformed') return sendMalformedJson(res);
  sendJson(
    res,
    failure.status,
    { error: failure.error ?? `scripted HTTP ${failure.status}` },
    failure.headers,
  );
}
