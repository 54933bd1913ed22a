import { z } from 'zod';
import { restErrorSchema } from '#shared/rest-contract.js';
import type { RestResponseDoc, RestRoute } from './rest-route.js';

type JsonObject = Record<string, unknown>;

/** Rewrites zod's local `#/$defs/X` references to the document's components. */
function toComponentRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toComponentRefs);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string'
        ? inner.replace(/^#\/\$defs\//, '#/components/schemas/')
        : toComponentRefs(inner),
    ]),
  );
}

/**
 * A schema for the document: schemas named with `.meta({ id })` (and the named ones they use)
 * go to components and are referenced; the rest stay inline.
 */
function schemaRef(schema: z.ZodType, components: JsonObject, io: 'input' | 'output'): JsonObject {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonObject;
  const { $schema: _dialect, $defs, ...rest } = toComponentRefs(json) as JsonObject;
  for (const [id, definition] of Object.entries(($defs ?? {}) as JsonObject)) components[id] = definition;
  return rest;
}

function responseDoc(doc: RestResponseDoc, components: JsonObject): JsonObject {
  if (doc.schema) {
    return {
      description: doc.description,
      content: { 'application/json': { schema: schemaRef(doc.schema, components, 'output') } },
    };
  }
  if (doc.fileTypes) {
    return {
      description: doc.description,
      content: Object.fromEntries(
        doc.fileTypes.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]),
      ),
    };
  }
  return { description: doc.description };
}

function parametersOf(route: RestRoute, components: JsonObject): JsonObject[] {
  const path = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const query = route.query
    ? Object.entries(route.query.shape).map(([name, field]) => ({
        name,
        in: 'query',
        required: !(field as z.ZodType).safeParse(undefined).success,
        schema: schemaRef(field as z.ZodType, components, 'input'),
      }))
    : [];
  const headers = (route.headers ?? []).map((h) => ({
    name: h.name,
    in: 'header',
    required: false,
    description: h.description,
    schema: { type: 'string', maxLength: 200 },
  }));
  return [...path, ...query, ...headers];
}

/**
 * The OpenAPI 3.1 document of the REST API, built from the route table and its zod schemas
 * (zod 4's `toJSONSchema`, JSON Schema 2020-12 as OpenAPI 3.1 uses it).
 */
export function buildOpenApiDocument(routes: readonly RestRoute[], version: string): JsonObject {
  const components: JsonObject = {};
  const paths: Record<string, JsonObject> = {};
  for (const route of routes) {
    const responses: JsonObject = {};
    for (const [status, doc] of Object.entries(route.responses))
      responses[status] = responseDoc(doc, components);
    responses['401'] = responseDoc(
      { description: 'No valid bearer token', schema: restErrorSchema },
      components,
    );
    responses['500'] = responseDoc({ description: 'Internal error', schema: restErrorSchema }, components);
    const parameters = parametersOf(route, components);
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schemaRef(route.body, components, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Reelforge render server',
      version,
      description:
        'Queue renders, follow them and download the videos. Every request needs `Authorization: Bearer <token>`.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: { schemas: components, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
