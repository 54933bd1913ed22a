import type { RestMethod, RestRoute } from './rest-route.js';

export type RouteMatch =
  | { readonly type: 'route'; readonly route: RestRoute; readonly params: Record<string, string> }
  | { readonly type: 'method-not-allowed'; readonly allow: readonly string[] }
  | { readonly type: 'not-found' };

interface CompiledRoute {
  readonly route: RestRoute;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

/** `/v1/renders/{id}` → a regular expression with one group per parameter (one path segment). */
function compile(route: RestRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1]!);
      return '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), names };
}

/** Matches method and path against the route table; GET routes answer HEAD too. */
export function createRouter(routes: readonly RestRoute[]): (method: string, pathname: string) => RouteMatch {
  const compiled = routes.map(compile);
  return (method, pathname) => {
    const allow = new Set<string>();
    for (const { route, pattern, names } of compiled) {
      const match = pattern.exec(pathname);
      if (!match) continue;
      allow.add(route.method);
      if (route.method === 'GET') allow.add('HEAD');
      const wanted: RestMethod | undefined = method === 'HEAD' ? 'GET' : (method as RestMethod);
      if (route.method !== wanted) continue;
      const params: Record<string, string> = {};
      let decodable = true;
      names.forEach((name, index) => {
        try {
          params[name] = decodeURIComponent(match[index + 1]!);
        } catch {
          decodable = false;
        }
      });
      if (!decodable) return { type: 'not-found' };
      return { type: 'route', route, params };
    }
    return allow.size > 0 ? { type: 'method-not-allowed', allow: [...allow] } : { type: 'not-found' };
  };
}
