export interface ContentSecurityPolicyOptions {
  /** Extra sources for <video>/<img> and template fonts (Electron: `reelforge-media:`). */
  readonly mediaSources?: readonly string[];
  /** Extra fetch/WebSocket targets (loopback: its own ws:// origin). */
  readonly connectSources?: readonly string[];
  /**
   * The Vite dev server's origin, in `npm run dev` only: its React refresh preamble is an inline
   * script and HMR talks over a WebSocket. Never set for a built app.
   */
  readonly devServerOrigin?: string;
}

/**
 * The one Content-Security-Policy of the UI, for both transports: scripts only from the app
 * itself (never `unsafe-eval`, never remote), no plugins, no framing, no form posts, no <base>.
 * Inline styles stay allowed because React's `style` props need them.
 */
export function buildContentSecurityPolicy(options: ContentSecurityPolicyOptions = {}): string {
  const media = options.mediaSources ?? [];
  const dev = options.devServerOrigin;
  const devWs = dev ? dev.replace(/^http/, 'ws') : undefined;
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'", ...(dev ? [dev, "'unsafe-inline'"] : [])],
    ['style-src', "'self'", "'unsafe-inline'", ...(dev ? [dev] : [])],
    ['img-src', "'self'", 'data:', 'blob:', ...media],
    // data: for the silent clip @remotion/player plays to unlock audio in the live preview.
    ['media-src', "'self'", 'data:', 'blob:', ...media],
    // A user template's own font files come from the media scheme in Electron.
    ['font-src', "'self'", 'data:', ...media],
    ['connect-src', "'self'", ...(options.connectSources ?? []), ...(dev && devWs ? [dev, devWs] : [])],
    ['worker-src', "'self'", 'blob:'],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}
