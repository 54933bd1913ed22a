import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';

export type RestMethod = 'GET' | 'POST' | 'DELETE';

export interface RouteContext {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  /** Path parameters, decoded once. */
  readonly params: Readonly<Record<string, string>>;
  readonly url: URL;
}

/** A JSON answer; a route that streams a file writes the response itself and returns undefined. */
export interface RestReply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface RestResponseDoc {
  readonly description: string;
  /** JSON body schema; omitted for files. */
  readonly schema?: z.ZodType;
  /** Media types of a file answer (e.g. video/mp4). */
  readonly fileTypes?: readonly string[];
}

/**
 * One endpoint: how it is matched, what the OpenAPI document says about it, and its handler.
 * The router and the document read the same table, so every route is documented.
 */
export interface RestRoute {
  readonly method: RestMethod;
  /** OpenAPI-style template, e.g. `/v1/renders/{id}`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  readonly headers?: readonly { readonly name: string; readonly description: string }[];
  /** Success and route-specific error answers; 401 and 500 are added for every route. */
  readonly responses: Readonly<Record<number, RestResponseDoc>>;
  handle(context: RouteContext): Promise<RestReply | undefined>;
}
