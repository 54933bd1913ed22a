import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

/** The files a worker may upload for a job; anything else is refused by name. */
export const WORKER_UPLOAD_NAMES = ['video.mp4', 'poster.jpg'] as const;
export type WorkerUploadName = (typeof WORKER_UPLOAD_NAMES)[number];

export function parseWorkerUploadName(name: string): WorkerUploadName {
  const known = WORKER_UPLOAD_NAMES.find((candidate) => candidate === name);
  if (known === undefined) {
    throw new Error(`upload file "${name}" is not one of ${WORKER_UPLOAD_NAMES.join(', ')}`);
  }
  return known;
}

/**
 * Stores a file a worker uploads for a job: written under a temp name and renamed only once the
 * whole body arrived, so a worker killed mid-upload never leaves a half video as a result.
 * Returns the final path.
 */
export async function receiveWorkerUpload(
  body: Readable,
  jobDir: string,
  name: string,
  jobId: string,
): Promise<string> {
  const fileName = parseWorkerUploadName(basename(name));
  const finalPath = join(jobDir, fileName);
  const tempPath = join(jobDir, `.${fileName}.${jobId}.${process.pid}.part`);
  try {
    await pipeline(body, createWriteStream(tempPath));
    await rename(tempPath, finalPath);
    return finalPath;
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
}
