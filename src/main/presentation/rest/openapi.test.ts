import { describe, expect, it } from 'vitest';
import type { RestDeps } from './rest-deps.js';
import { restRoutes } from './render-server.js';

// The document is built from the route table alone; no handler runs here.
const routes = restRoutes({ version: '9.9.9' } as RestDeps);
const document = JSON.parse(
  JSON.stringify((await routes.find((r) => r.path === '/v1/openapi.json')!.handle({} as never))!.body),
) as {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        parameters?: { name: string; in: string; required: boolean }[];
        responses: Record<string, unknown>;
      }
    >
  >;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
  security: unknown[];
};

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else refsIn(inner, found);
    }
  }
  return found;
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with bearer security', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: expect.any(String), version: '9.9.9' });
    expect(document.components.securitySchemes).toEqual({ bearer: { type: 'http', scheme: 'bearer' } });
    expect(document.security).toEqual([{ bearer: [] }]);
  });

  it('has exactly one operation per route, with unique operation ids', () => {
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(routes.map((r) => `${r.method} ${r.path}`).sort());
    for (const route of routes) {
      expect(document.paths[route.path]![route.method.toLowerCase()]!.operationId).toBe(route.operationId);
    }
    const ids = routes.map((r) => r.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        '/v1/renders',
        '/v1/renders/{id}',
        '/v1/renders/{id}/video',
        '/v1/renders/{id}/poster',
        '/v1/providers',
        '/v1/health',
        '/v1/openapi.json',
        '/v1/workers',
        '/v1/worker/config',
        '/v1/worker/heartbeat',
        '/v1/worker/jobs/{id}/claim',
        '/v1/worker/jobs/{id}/progress',
        '/v1/worker/jobs/{id}/files/{name}',
        '/v1/worker/jobs/{id}/inputs/{sha256}',
        '/v1/worker/jobs/{id}/complete',
        '/v1/worker/jobs/{id}/fail',
        '/v1/worker/jobs/{id}/release',
      ]),
    );
  });

  it('declares every path parameter, answers 401 everywhere, and every $ref resolves', () => {
    for (const [path, operations] of Object.entries(document.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const operation of Object.values(operations)) {
        const declared = (operation.parameters ?? []).filter((p) => p.in === 'path');
        expect(declared.map((p) => p.name)).toEqual(names);
        expect(declared.every((p) => p.required)).toBe(true);
        expect(Object.keys(operation.responses)).toContain('401');
        for (const status of Object.keys(operation.responses)) expect(status).toMatch(/^[1-5]\d\d$/);
      }
    }
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(document.components.schemas[ref.slice('#/components/schemas/'.length)], ref).toBeDefined();
    }
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'CreateRenderRequest',
        'Render',
        'RenderPage',
        'Error',
        'Provider',
        'Health',
        'WorkerClaim',
        'WorkerCompletion',
        'WorkerList',
        'FarmJobTicket',
      ]),
    );
    expect(JSON.stringify(document)).not.toContain('$defs');
  });
});
