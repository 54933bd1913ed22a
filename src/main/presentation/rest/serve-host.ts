import { isIP } from 'node:net';

/** Addresses only this computer can reach. */
export function isLoopbackAddress(host: string): boolean {
  const lower = host.toLowerCase();
  if (lower === 'localhost') return true;
  if (isIP(lower) === 4) return lower.startsWith('127.');
  return lower === '::1' || lower === '0:0:0:0:0:0:0:1';
}
