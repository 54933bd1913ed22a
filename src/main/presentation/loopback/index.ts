export { buildContentSecurityPolicy, type ContentSecurityPolicyOptions } from './content-security-policy.js';
export { isLoopbackHost, isLoopbackOrigin, loopbackOrigins } from './loopback-origin.js';
export {
  LOOPBACK_HOST,
  startLoopbackServer,
  type LoopbackServer,
  type LoopbackServerOptions,
} from './loopback-server.js';
export { createLoopbackToken, tokenMatches } from './loopback-token.js';
export { parseWebArgs, WebArgsError, type WebArgs } from './web-args.js';
export { defaultRendererDir, startWebApp, WebAppError, type WebApp, type WebAppOptions } from './web-app.js';
