import { MEDIA_PROTOCOL } from '#shared/loopback-protocol.js';
import { APP_PROTOCOL } from './app-protocol-files.js';

/** The shape of Electron's `CustomScheme`, kept here so the list is testable without Electron. */
export interface PrivilegedScheme {
  readonly scheme: string;
  readonly privileges: {
    readonly standard?: boolean;
    readonly secure?: boolean;
    readonly stream?: boolean;
    readonly supportFetchAPI?: boolean;
    readonly corsEnabled?: boolean;
    readonly bypassCSP?: boolean;
    readonly allowServiceWorkers?: boolean;
    readonly codeCache?: boolean;
  };
}

/**
 * Both custom schemes, registered in one call before `ready` (Electron takes the list once).
 * Neither bypasses the CSP. `app:` is standard and secure so the page has a real origin
 * (`app://reelforge`) and is a secure context; `reelforge-media:` also streams (Range requests
 * for <video> seeking) and allows CORS (the page fetch()es mock manifests across origins).
 */
export const PRIVILEGED_SCHEMES: readonly PrivilegedScheme[] = [
  {
    scheme: APP_PROTOCOL,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
  {
    scheme: MEDIA_PROTOCOL,
    privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true, corsEnabled: true },
  },
];
