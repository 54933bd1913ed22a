import { open, stat } from 'node:fs/promises';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import type { S3DeliverySettings } from '#core/config.js';
import type { FileUploader, UploadRequest } from '../../application/delivery/file-uploader.js';

/** S3 refuses multipart parts under 5 MiB (except the last); 8 MiB keeps a 1-minute video at a few parts. */
const PART_BYTES = 8 * 1024 * 1024;
/** Files above this go up in parts, so a dropped connection costs one part, not the whole file. */
const MULTIPART_FROM_BYTES = 16 * 1024 * 1024;
/** Names carry the job id, so a URL never points to other content: caches may keep it for good. */
const CACHE_CONTROL = 'public, max-age=31536000, immutable';

export interface UploadSizes {
  readonly partBytes: number;
  readonly multipartFromBytes: number;
  /** Told each request's name (PutObject, UploadPart…), for tests that check how a file went up. */
  readonly onRequest?: (name: string) => void;
}

/**
 * Copies files to an S3-compatible bucket with the official SDK. Credentials come only from the
 * settings (config or REELFORGE_S3_* variables): the SDK's own search (instance metadata, shared
 * files) is never used, so no request goes anywhere the user did not name.
 */
export class S3Uploader implements FileUploader {
  readonly #client: S3Client;

  constructor(
    private readonly settings: S3DeliverySettings,
    private readonly sizes: UploadSizes = { partBytes: PART_BYTES, multipartFromBytes: MULTIPART_FROM_BYTES },
  ) {
    if (!settings.accessKeyId || !settings.secretAccessKey) {
      throw new Error(
        'delivery.s3: an access key id and a secret access key are needed (config.json, or REELFORGE_S3_ACCESS_KEY_ID and REELFORGE_S3_SECRET_ACCESS_KEY)',
      );
    }
    this.#client = new S3Client({
      region: settings.region,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      // Plain signed bodies: checksum trailers are not understood by every S3-compatible server.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 1,
    });
  }

  /** The object key of a file name: the configured prefix and the name. */
  keyFor(fileName: string): string {
    return `${this.settings.prefix}${fileName}`;
  }

  async upload(request: UploadRequest, signal: AbortSignal): Promise<string> {
    const key = this.keyFor(request.fileName);
    const { size } = await stat(request.path);
    if (size > this.sizes.multipartFromBytes) await this.#multipart(request, key, size, signal);
    else {
      const body = await readRange(request.path, 0, size);
      this.sizes.onRequest?.('PutObject');
      await this.#client.send(
        new PutObjectCommand({
          Bucket: this.settings.bucket,
          Key: key,
          Body: body,
          ContentLength: size,
          ContentType: request.contentType,
          CacheControl: CACHE_CONTROL,
        }),
        { abortSignal: signal },
      );
    }
    return this.#publicUrl(key);
  }

  async #multipart(request: UploadRequest, key: string, size: number, signal: AbortSignal): Promise<void> {
    const { Bucket, options } = { Bucket: this.settings.bucket, options: { abortSignal: signal } };
    this.sizes.onRequest?.('CreateMultipartUpload');
    const created = await this.#client.send(
      new CreateMultipartUploadCommand({
        Bucket,
        Key: key,
        ContentType: request.contentType,
        CacheControl: CACHE_CONTROL,
      }),
      options,
    );
    const UploadId = created.UploadId;
    if (!UploadId) throw new Error(`the S3 server started no multipart upload for ${key}`);
    try {
      const parts: { ETag?: string; PartNumber: number }[] = [];
      for (let offset = 0, PartNumber = 1; offset < size; offset += this.sizes.partBytes, PartNumber += 1) {
        const body = await readRange(request.path, offset, Math.min(this.sizes.partBytes, size - offset));
        this.sizes.onRequest?.('UploadPart');
        const sent = await this.#client.send(
          new UploadPartCommand({
            Bucket,
            Key: key,
            UploadId,
            PartNumber,
            Body: body,
            ContentLength: body.length,
          }),
          options,
        );
        parts.push({ ETag: sent.ETag, PartNumber });
      }
      this.sizes.onRequest?.('CompleteMultipartUpload');
      await this.#client.send(
        new CompleteMultipartUploadCommand({ Bucket, Key: key, UploadId, MultipartUpload: { Parts: parts } }),
        options,
      );
    } catch (error) {
      // Leave no half-uploaded parts billed in the bucket.
      await this.#client
        .send(new AbortMultipartUploadCommand({ Bucket, Key: key, UploadId }))
        .catch(() => undefined);
      throw error;
    }
  }

  #publicUrl(key: string): string {
    const path = key.split('/').map(encodeURIComponent).join('/');
    const { publicBaseUrl, endpoint, bucket, region, forcePathStyle } = this.settings;
    if (publicBaseUrl) return `${publicBaseUrl}/${path}`;
    if (endpoint) {
      if (forcePathStyle) return `${endpoint}/${bucket}/${path}`;
      const url = new URL(endpoint);
      return `${url.protocol}//${bucket}.${url.host}/${path}`;
    }
    return `https://${bucket}.s3.${region}.amazonaws.com/${path}`;
  }

  close(): void {
    this.#client.destroy();
  }
}

async function readRange(path: string, offset: number, length: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, offset);
    if (bytesRead !== length) throw new Error(`${path} changed while it was being uploaded`);
    return buffer;
  } finally {
    await file.close();
  }
}
