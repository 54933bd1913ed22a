import { describe, expect, it } from 'vitest';
import type { RestRoute } from './rest-route.js';
import { createRouter } from './router.js';

const route = (method: RestRoute['method'], path: string): RestRoute => ({
  method,
  path,
  operationId: `${method} ${path}`,
  summary: '',
  responses: {},
  handle: async () => undefined,
});

describe('createRouter', () => {
  const routes = [
    route('GET', '/v1/renders'),
    route('POST', '/v1/renders'),
    route('GET', '/v1/renders/{id}'),
  ];
  const match = createRouter(routes);

  it('matches method and path, decoding parameters once', () => {
    expect(match('POST', '/v1/renders')).toMatchObject({ type: 'route', route: routes[1] });
    expect(match('GET', '/v1/renders/a%20b')).toMatchObject({ type: 'route', params: { id: 'a b' } });
    expect(match('HEAD', '/v1/renders/x')).toMatchObject({ type: 'route', route: routes[2] });
  });

  it('tells a wrong method from an unknown path', () => {
    expect(match('DELETE', '/v1/renders')).toEqual({
      type: 'method-not-allowed',
      allow: ['GET', 'HEAD', 'POST'],
    });
    expect(match('GET', '/v1/renders/a/b')).toEqual({ type: 'not-found' });
    expect(match('GET', '/v1/renders/%E0%A4%A')).toEqual({ type: 'not-found' });
    expect(match('GET', '/v2/renders')).toEqual({ type: 'not-found' });
  });
});
