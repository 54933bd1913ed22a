import type { ApiEnvelope } from '#shared/api-contract.js';

/** The value of an envelope, or an `Error` carrying the message a user can read. */
export function unwrapEnvelope<T>(envelope: ApiEnvelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new Error(envelope.error.message);
}

/**
 * Electron prefixes errors thrown across `ipcRenderer.invoke` with
 * "Error invoking remote method '<channel>': Error: "; the user only needs the message.
 */
export function cleanRemoteMessage(message: string): string {
  return message.replace(/^Error invoking remote method '[^']*':\s*/, '').replace(/^(\w*Error):\s+/, '');
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return cleanRemoteMessage(error.message);
  return String(error);
}
