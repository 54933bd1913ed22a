import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { abortReason } from '../base-video-provider.js';
import { CloudCallError, isTransient } from './call-error.js';
import type { CloudSettings } from './cloud-settings.js';
import { withRetries } from './retry.js';

export interface DownloadOptions {
  readonly url: string;
  /** Final path; nothing is written there until the file is complete and verified. */
  readonly destination: string;
  readonly signal: AbortSignal;
  /** Longest wait for the response headers, and for the next bytes while streaming. */
  readonly stallTimeoutMs: number;
  /** Checks the complete temp file (e.g. ffprobe); throwing rejects the download. */
  readonly verify?: (tempPath: string) => Promise<void>;
  readonly fetch?: typeof fetch;
  /** Told the share downloaded, when the server sent a length. */
  readonly onProgress?: (fraction: number) => void;
}

export interface FreshLinkDownloadOptions extends Omit<DownloadOptions, 'stallTimeoutMs'> {
  readonly cloud: Pick<CloudSettings, 'requestTimeoutMs' | 'maxAttempts' | 'backoff'>;
  /** Reads the remote job again for a new signed URL; undefined keeps the old one. */
  readonly freshLink: () => Promise<string | undefined>;
}

/**
 * `downloadToFile` with the cloud providers' retries: a transient failure or a file that fails its
 * check is tried again, and so is an expired signed link, after `freshLink` gets a new one.
 */
export function downloadWithFreshLink(options: FreshLinkDownloadOptions): Promise<{ sizeBytes: number }> {
  const { cloud, freshLink, ...download } = options;
  let url = options.url;
  return withRetries(
    async () => {
      try {
        return await downloadToFile({ ...download, url, stallTimeoutMs: cloud.requestTimeoutMs });
      } catch (error) {
        if (error instanceof CloudCallError && error.kind === 'expired') url = (await freshLink()) ?? url;
        throw error;
      }
    },
    {
      signal: options.signal,
      maxAttempts: cloud.maxAttempts,
      policy: cloud.backoff,
      shouldRetry: (error) =>
        isTransient(error) ||
        (error instanceof CloudCallError && (error.kind === 'expired' || error.kind === 'malformed')),
    },
  );
}

/** `.name.partial` beside the destination: same folder, so the final rename is atomic. */
export function partialPathFor(destination: string): string {
  return join(dirname(destination), `.${basename(destination)}.partial`);
}

/**
 * Streams a URL to a temp file beside the destination, checks it, and renames it into place.
 * A dropped connection, a short body, a stall, an abort or a failed check removes the temp
 * file, so no partial file is ever left or mistaken for a result. An expired signed URL
 * (403/404/410 from the file host) becomes a `CloudCallError` of kind "expired", so the caller
 * can fetch a fresh URL. Signed URLs are never put in messages: they are credentials too.
 */
export async function downloadToFile(options: DownloadOptions): Promise<{ sizeBytes: number }> {
  const { destination, signal } = options;
  const temp = partialPathFor(destination);
  if (signal.aborted) throw abortReason(signal);
  await mkdir(dirname(destination), { recursive: true });
  const stall = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stall.abort(), options.stallTimeoutMs);
  };
  const onAbort = () => stall.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  const combined = stall.signal;
  const host = safeHost(options.url);
  try {
    arm();
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(options.url, { signal: combined, redirect: 'follow' });
    } catch (error) {
      throw networkFailure(error, signal, stall.signal, host, 'connecting');
    }
    if ([401, 403, 404, 410].includes(response.status)) {
      await response.body?.cancel();
      throw new CloudCallError(
        'expired',
        `the download link from ${host} no longer works (HTTP ${response.status})`,
        {
          status: response.status,
        },
      );
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      const kind = response.status >= 500 ? 'server' : 'other';
      throw new CloudCallError(kind, `downloading from ${host} failed with HTTP ${response.status}`, {
        status: response.status,
      });
    }
    const expected = Number(response.headers.get('content-length') ?? Number.NaN);
    let received = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        arm();
        if (expected > 0) options.onProgress?.(Math.min(1, received / expected));
        callback(null, chunk);
      },
    });
    try {
      await pipeline(
        Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
        counter,
        createWriteStream(temp),
        { signal: combined },
      );
    } catch (error) {
      throw networkFailure(error, signal, stall.signal, host, 'downloading');
    }
    if (Number.isFinite(expected) && received !== expected) {
      throw new CloudCallError(
        'network',
        `the download from ${host} ended after ${received} of ${expected} bytes`,
      );
    }
    clearTimeout(timer);
    if (signal.aborted) throw abortReason(signal);
    await options.verify?.(temp);
    if (signal.aborted) throw abortReason(signal);
    await rename(temp, destination);
    return { sizeBytes: (await stat(destination)).size };
  } catch (error) {
    await rm(temp, { force: true });
    if (signal.aborted) throw abortReason(signal);
    throw error;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

function networkFailure(
  error: unknown,
  signal: AbortSignal,
  stalled: AbortSignal,
  host: string,
  doing: string,
): Error {
  if (signal.aborted) return abortReason(signal);
  if (stalled.aborted) return new CloudCallError('timeout', `${host} stopped sending data while ${doing}`);
  if (error instanceof CloudCallError) return error;
  const detail =
    error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : '';
  return new CloudCallError(
    'network',
    `the connection to ${host} broke while ${doing}${detail ? ` (${detail})` : ''}`,
  );
}

/** Host and port of a URL, for messages: the path and query of a signed URL stay out. */
export function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the file host';
  }
}
