import type { IncomingMessage, ServerResponse } from 'node:http';
import { RestError } from './rest-errors.js';

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = `${JSON.stringify(body)}\n`;
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...SECURITY_HEADERS,
    ...headers,
  });
  response.end(text);
}

/**
 * The request body as raw text, refused with 413 as soon as it passes `limitBytes` (before it
 * is all read) and with 400 when it is not UTF-8 JSON's media type.
 */
export async function readBodyText(request: IncomingMessage, limitBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) {
    await discardBody(request, limitBytes);
    throw tooLarge(limitBytes);
  }
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new RestError(400, 'bad_request', 'the body must be JSON (Content-Type: application/json)', {
      field: 'Content-Type',
    });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) {
      await discardBody(request, limitBytes);
      throw tooLarge(limitBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads and drops the rest of an oversized body so the client, still sending, receives the 413
 * instead of a reset connection; past 16 times the limit the connection is cut instead.
 */
async function discardBody(request: IncomingMessage, limitBytes: number): Promise<void> {
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes * 16) {
      request.destroy();
      return;
    }
  }
}

function tooLarge(limitBytes: number): RestError {
  return new RestError(
    413,
    'payload_too_large',
    `the body is larger than ${Math.round(limitBytes / 1024 / 1024)} MiB`,
    {},
    // The rest of the body is not read: the connection cannot be reused.
    { Connection: 'close' },
  );
}

export function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RestError(400, 'bad_request', 'the body is not valid JSON');
  }
}
