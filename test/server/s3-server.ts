import type { AddressInfo } from 'node:net';
// s3rver ships no types; this is the part of its API the tests use.
// @ts-expect-error -- untyped CommonJS package
import S3rver from 's3rver';

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}

/** A local S3-compatible server (s3rver) on a free loopback port, storing in `directory`. */
export async function startS3Server(directory: string, buckets: readonly string[]) {
  const server = new (S3rver as new (options: object) => S3rverInstance)({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    // s3rver's fixed credentials.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    close: () => server.close(),
  };
}
