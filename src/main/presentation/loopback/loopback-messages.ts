import type { LoopbackCallMessage } from '#shared/loopback-protocol.js';

/**
 * Reads one client frame. A call needs `type: "call"`, an integer `id` and a string `name`; the
 * payload is checked later, per call, by the contract's schema. Anything else is undefined.
 */
export function parseCallMessage(text: string): LoopbackCallMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const message = value as Record<string, unknown>;
  if (
    message['type'] !== 'call' ||
    !Number.isSafeInteger(message['id']) ||
    typeof message['name'] !== 'string'
  ) {
    return undefined;
  }
  return message as unknown as LoopbackCallMessage;
}
