import type { ChannelDefinition } from '../domain/channel.js';
import type { ValidationIssue } from '../domain/errors.js';
import type { ScriptFormat, VideoScript } from '../domain/script.js';
import type { VideoTimeline } from '../domain/timeline.js';

/** A script source the library keeps: where it came from and its text as last read. */
export interface LibraryRecord {
  readonly id: string;
  readonly name: string;
  readonly path?: string;
  readonly content: string;
  readonly addedAt: string;
  readonly updatedAt: string;
}

/** A library script as the UI shows it: valid with its timeline, or invalid with every issue. */
export interface LibraryEntry {
  readonly id: string;
  readonly name: string;
  readonly path?: string;
  readonly format?: ScriptFormat;
  readonly status: 'valid' | 'invalid';
  readonly channel?: string;
  readonly topic?: string;
  readonly issues: readonly ValidationIssue[];
  readonly script?: VideoScript;
  readonly timeline?: VideoTimeline;
  readonly channelDefinition?: ChannelDefinition;
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
