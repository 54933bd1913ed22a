// The library entry the page shows lives in src/core; records and the repository stay here.
export type { LibraryEntry } from '#core/library.js';

/** A script source the library keeps: where it came from and its text as last read. */
export interface LibraryRecord {
  readonly id: string;
  readonly name: string;
  readonly path?: string;
  readonly content: string;
  readonly addedAt: string;
  readonly updatedAt: string;
}

export interface LibraryRepository {
  list(): LibraryRecord[];
  /** Ids and paths of file-backed records, without their content (for the watcher). */
  listPaths(): { id: string; path: string }[];
  /** Ids of every record, in the order of `list()`, without their content. */
  listIds(): string[];
  get(id: string): LibraryRecord | undefined;
  findByPath(path: string): LibraryRecord | undefined;
  /** A record without a path, found by its name (browser uploads). */
  findUploadByName(name: string): LibraryRecord | undefined;
  upsert(record: LibraryRecord): void;
  delete(id: string): boolean;
}
