import type { MediaKind } from '#shared/api-types.js';

export type { MediaKind };

export const MEDIA_KINDS: readonly MediaKind[] = ['video', 'thumbnail'];

export function isMediaKind(value: unknown): value is MediaKind {
  return value === 'video' || value === 'thumbnail';
}

/** A job's file, checked and ready to stream. */
export interface ResolvedMedia {
  /** Real path (symlinks resolved) inside the job's output folder. */
  readonly path: string;
  readonly mimeType: string;
  readonly size: number;
  /** Identity of the checked file, so streaming can refuse a file swapped in afterwards. */
  readonly dev: number;
  readonly ino: number;
}
