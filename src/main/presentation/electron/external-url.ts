/**
 * The URL to hand to the system browser, or undefined when it must not be opened: only
 * http(s) URLs with a host and without embedded credentials. `file:`, `javascript:`, custom
 * schemes (which could launch other apps) and unparsable strings are refused.
 */
export function externalUrlToOpen(raw: string): string | undefined {
  if (raw.length > 4096) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
  return url.href;
}
