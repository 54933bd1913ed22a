import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

/** A plain file name: no folders, no dot files (the coordinator decides where it goes). */
const PLAIN_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export function parseWorkerUploadName(name: string): string {
  if (!PLAIN_FILE_NAME.test(name) || name.includes('..')) {
    throw new Error(`upload file "${name}" is not a plain file name (letters, digits, . _ -)`);
  }
  return name;
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
  const fileName = parseWorkerUploadName(name);
  const finalPath = join(jobDir, fileName);
  const tempPath = join(jobDir, `.${fileName}.${jobId}.${process.pid}.part`);
  await mkdir(jobDir, { recursive: true });
  try {
    await pipeline(body, createWriteStream(tempPath));
    await rename(tempPath, finalPath);
    return finalPath;
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
}
