import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { S3Client } from '@aws-sdk/client-s3';

/** Files from this size go up in parts (S3's minimum part is 5 MiB). */
export const MULTIPART_THRESHOLD_BYTES = 16 * 1024 * 1024;
export const PART_SIZE_BYTES = 8 * 1024 * 1024;

export interface UploadFile {
  readonly bucket: string;
  readonly key: string;
  readonly path: string;
  readonly contentType: string;
  readonly cacheControl: string;
}

/**
 * Uploads one file: a single PUT when small, a multipart upload (parts read from disk one at a
 * time, so memory stays at one part) when large; a failed multipart upload is aborted so no
 * orphaned parts stay billed in the bucket.
 */
export async function uploadFile(
  client: S3Client,
  file: UploadFile,
  options: { signal?: AbortSignal; multipartThreshold?: number; partSize?: number } = {},
): Promise<void> {
  // Loaded on first use: the SDK costs ≈ 0.1–0.3 s of start-up every CLI command would pay.
  const {
    AbortMultipartUploadCommand,
    CompleteMultipartUploadCommand,
    CreateMultipartUploadCommand,
    PutObjectCommand,
    UploadPartCommand,
  } = await import('@aws-sdk/client-s3');
  const { size } = await stat(file.path);
  const threshold = options.multipartThreshold ?? MULTIPART_THRESHOLD_BYTES;
  const common = { Bucket: file.bucket, Key: file.key };
  if (size < threshold) {
    await client.send(
      new PutObjectCommand({
        ...common,
        Body: createReadStream(file.path),
        ContentLength: size,
        ContentType: file.contentType,
        CacheControl: file.cacheControl,
      }),
      { abortSignal: options.signal },
    );
    return;
  }
  const partSize = options.partSize ?? PART_SIZE_BYTES;
  const created = await client.send(
    new CreateMultipartUploadCommand({
      ...common,
      ContentType: file.contentType,
      CacheControl: file.cacheControl,
    }),
    { abortSignal: options.signal },
  );
  const uploadId = created.UploadId!;
  try {
    const parts: { ETag: string; PartNumber: number }[] = [];
    for (let start = 0, number = 1; start < size; start += partSize, number += 1) {
      const end = Math.min(size, start + partSize) - 1;
      const part = await client.send(
        new UploadPartCommand({
          ...common,
          UploadId: uploadId,
          PartNumber: number,
          Body: createReadStream(file.path, { start, end }),
          ContentLength: end - start + 1,
        }),
        { abortSignal: options.signal },
      );
      parts.push({ ETag: part.ETag!, PartNumber: number });
    }
    await client.send(
      new CompleteMultipartUploadCommand({
        ...common,
        UploadId: uploadId,
        MultipartUpload: { Parts: parts },
      }),
      { abortSignal: options.signal },
    );
  } catch (error) {
    await client
      .send(new AbortMultipartUploadCommand({ ...common, UploadId: uploadId }))
      .catch(() => undefined);
    throw error;
  }
}
