import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/** s3rver's built-in account: every request is signed with it, as with a real bucket. */
export const S3_TEST_KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface TestS3Server {
  readonly endpoint: string;
  readonly port: number;
  readonly directory: string;
  stop(): Promise<void>;
}

/**
 * A local S3-compatible server (s3rver) on a loopback port with one bucket, storing objects in a
 * temp folder; `port` reuses a port (to bring a "failed" server back at the same address).
 */
export async function startS3Server(
  bucket: string,
  options: { port?: number; directory?: string } = {},
): Promise<TestS3Server> {
  const directory = options.directory ?? mkdtempSync(join(tmpdir(), 'reelforge-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port ?? 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const address = (await server.run()) as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    port: address.port,
    directory,
    async stop() {
      await server.close();
    },
  };
}

export function removeS3Directory(server: TestS3Server): void {
  rmSync(server.directory, { recursive: true, force: true });
}
