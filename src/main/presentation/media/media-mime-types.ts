import { extname } from 'node:path';
import type { MediaKind } from './media-types.js';

// Only these extensions are ever served as job media. A history row pointing at anything else
// (e.g. /etc/passwd after tampering) is refused even when it sits in the output folder.
const VIDEO_TYPES: Readonly<Record<string, string>> = {
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.webm': 'video/webm',
  '.mov': 'video/quicktime',
  // The mock provider's "video" is a JSON render manifest.
  '.json': 'application/json',
};

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

/** The Content-Type for a job file of this kind, or undefined when the extension is not allowed. */
export function mediaMimeType(path: string, kind: MediaKind): string | undefined {
  const extension = extname(path).toLowerCase();
  const table = kind === 'video' ? VIDEO_TYPES : IMAGE_TYPES;
  return Object.prototype.hasOwnProperty.call(table, extension) ? table[extension] : undefined;
}
