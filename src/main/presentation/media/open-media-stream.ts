import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { ResolvedMedia } from './media-types.js';

/** The file changed between the check and the read (replaced, or turned into a symlink). */
export class MediaChangedError extends Error {
  constructor(path: string) {
    super(`media file changed while being opened: ${path}`);
    this.name = 'MediaChangedError';
  }
}

/**
 * Opens the checked file for reading bytes `start`–`end` (inclusive). The final path component
 * is opened without following symlinks, and the open file must be the very file (device and
 * inode) `resolveJobMedia` checked, so a swap after the check cannot redirect the read.
 */
export async function openMediaStream(media: ResolvedMedia, start: number, end: number): Promise<Readable> {
  const noFollow = (constants as { O_NOFOLLOW?: number }).O_NOFOLLOW ?? 0;
  const handle = await open(media.path, constants.O_RDONLY | noFollow);
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.dev !== media.dev || info.ino !== media.ino)
      throw new MediaChangedError(media.path);
    return handle.createReadStream({ start, end, autoClose: true });
  } catch (error) {
    await handle.close();
    throw error;
  }
}
