import { randomUUID } from 'node:crypto';
import { describeError, ScriptValidationError, type ValidationIssue } from '#core/errors.js';
import type { LocalMediaRule, ScriptParseInput } from '#core/parser.js';
import type { LibraryEntry, LibraryRecord, LibraryRepository } from './library.js';
import type { ChannelLookup, ScriptReader, TemplateLookup } from './ports.js';
import { prepareParsedInput } from './script-intake.js';

import type { LibraryEvent } from '#core/library-events.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';

export interface ScriptLibraryDeps {
  readonly repository: LibraryRepository;
  readonly reader: ScriptReader;
  readonly channels: () => ChannelLookup;
  /** The templates scripts may name, so the preview's timeline has the template the render applies. */
  readonly templates?: TemplateLookup;
  /** Lists the script files of a folder (non-recursive); undefined when the path is not a folder. */
  readonly listFolder: (path: string) => Promise<string[] | undefined>;
  /** Replaces a script file's content (temp name, then rename); used by the editor's save. */
  readonly writeFile?: (path: string, content: string) => Promise<void>;
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** Which files a script's media may name, by the script file's path (the page is untrusted). */
  readonly localMedia?: (scriptPath: string | undefined) => LocalMediaRule;
  /**
   * Whether the FFmpeg provider's options draw a picture behind a channel's scenes, and that
   * file's version: the library's timelines carry it (`style.ffmpegChannelPicture`) so the
   * FFmpeg-look preview loads the picture from the media server by channel. Asked once per
   * channel per listing (it reads the file's size and time), not once per entry.
   */
  readonly ffmpegChannelPicture?: (channel: string) => { version: string } | undefined;
}

/**
 * The scripts a user dropped or opened. Keeps each source (path and text) in storage and
 * validates on every read, so an invalid file shows all its issues and never blocks the others.
 */
export class ScriptLibrary {
  readonly #deps: ScriptLibraryDeps;
  readonly #listeners = new Set<(event: LibraryEvent) => void>();

  constructor(deps: ScriptLibraryDeps) {
    this.#deps = deps;
  }

  onEvent(listener: (event: LibraryEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  list(): LibraryEntry[] {
    const pictures = this.#channelPictures();
    return this.#deps.repository.list().map((record) => this.#toEntry(record, pictures));
  }

  get(id: string): LibraryEntry | undefined {
    const record = this.#deps.repository.get(id);
    return record ? this.#toEntry(record) : undefined;
  }

  /** The stored source of a script, ready to be queued. */
  source(id: string): ScriptParseInput | undefined {
    const record = this.#deps.repository.get(id);
    return record ? this.#parseInput(record) : undefined;
  }

  #parseInput(record: LibraryRecord): ScriptParseInput {
    const localMedia = this.#deps.localMedia?.(record.path);
    return {
      content: record.content,
      name: record.name,
      ...(record.path ? { path: record.path } : {}),
      ...(localMedia ? { localMedia } : {}),
    };
  }

  /**
   * Adds scripts given by content (browser drops). A same-named upload is replaced. Content that
   * is no script at all (over the size cap, binary) is answered with its issue and not stored;
   * anything else is kept, problems and all, for the user to fix. Between files the event loop
   * gets a turn, so a large drop never holds up other requests.
   */
  async addFiles(
    files: readonly { name: string; content: string; path?: string }[],
  ): Promise<LibraryEntry[]> {
    const entries: LibraryEntry[] = [];
    for (const [index, file] of files.entries()) {
      if (index > 0) await yieldToEventLoop();
      entries.push(this.#addFile(file));
    }
    return entries;
  }

  #addFile(file: { name: string; content: string; path?: string }): LibraryEntry {
    const source = { name: file.name, content: file.content, ...(file.path ? { path: file.path } : {}) };
    try {
      this.#deps.reader.screen(source);
    } catch (error) {
      if (!(error instanceof ScriptValidationError)) throw error;
      const now = (this.#deps.now?.() ?? new Date()).toISOString();
      const { content: _, ...rest } = source;
      return {
        id: (this.#deps.newId ?? randomUUID)(),
        ...rest,
        status: 'invalid',
        issues: error.issues,
        addedAt: now,
        updatedAt: now,
      };
    }
    const existing = file.path
      ? this.#deps.repository.findByPath(file.path)
      : this.#deps.repository.findUploadByName(file.name);
    return this.#store(existing, source);
  }

  /** Validates text exactly as an import would, without storing it (the editor, as you type). */
  check(file: { name: string; content: string }): LibraryEntry {
    const now = (this.#deps.now?.() ?? new Date()).toISOString();
    const record: LibraryRecord = { id: '', ...file, addedAt: now, updatedAt: now };
    try {
      this.#deps.reader.screen(file);
    } catch (error) {
      if (!(error instanceof ScriptValidationError)) throw error;
      return { ...baseEntry(record), status: 'invalid', issues: error.issues };
    }
    return this.#toEntry(record);
  }

  /**
   * Saves edited text: back to the entry's own file when it came from one (then re-read, so the
   * entry is what the file now says), else as the stored upload's new content.
   */
  async save(id: string, content: string): Promise<LibraryEntry | undefined> {
    const record = this.#deps.repository.get(id);
    if (!record) return undefined;
    if (!record.path) return this.#store(record, { name: record.name, content });
    if (!this.#deps.writeFile) throw new Error('this library cannot write script files');
    await this.#deps.writeFile(record.path, content);
    return this.#readPath(record.path, record);
  }

  /** Adds files and folders by path (desktop drops, Open…, command-line arguments). */
  async addPaths(paths: readonly string[]): Promise<LibraryEntry[]> {
    const files: string[] = [];
    for (const path of paths) {
      const inFolder = await this.#deps.listFolder(path);
      files.push(...(inFolder ?? [path]));
    }
    const entries: LibraryEntry[] = [];
    for (const path of files)
      entries.push(await this.#readPath(path, this.#deps.repository.findByPath(path)));
    return entries;
  }

  /** Reads a file-backed script again (after it changed on disk); re-validates an upload. */
  async reimport(id: string): Promise<LibraryEntry | undefined> {
    const record = this.#deps.repository.get(id);
    if (!record) return undefined;
    if (record.path) return this.#readPath(record.path, record);
    const entry = this.#toEntry(record);
    this.#emit({ type: 'entry-updated', entry });
    return entry;
  }

  remove(id: string): boolean {
    const removed = this.#deps.repository.delete(id);
    if (removed) this.#emit({ type: 'entry-removed', id });
    return removed;
  }

  /** Ids of every script, in library order, without reading or validating any. */
  ids(): string[] {
    return this.#deps.repository.listIds();
  }

  /** Paths of file-backed scripts, for a watcher (their content is not read). */
  watchedPaths(): { id: string; path: string }[] {
    return this.#deps.repository.listPaths();
  }

  async #readPath(path: string, existing: LibraryRecord | undefined): Promise<LibraryEntry> {
    const name = path.split(/[\\/]/).pop() || path;
    try {
      const input = await this.#deps.reader.readFile(path);
      return this.#store(existing, { name: input.name, path, content: input.content });
    } catch (error) {
      // An unreadable file still gets an entry, so the user sees why it failed.
      const issues = error instanceof ScriptValidationError ? error.issues : [fileIssue(name, error)];
      const record = this.#save(existing, { name, path, content: existing?.content ?? '' });
      const entry: LibraryEntry = { ...baseEntry(record), status: 'invalid', issues };
      this.#emit({ type: 'entry-updated', entry });
      return entry;
    }
  }

  #store(
    existing: LibraryRecord | undefined,
    source: { name: string; path?: string; content: string },
  ): LibraryEntry {
    const entry = this.#toEntry(this.#save(existing, source));
    this.#emit({ type: 'entry-updated', entry });
    return entry;
  }

  #save(
    existing: LibraryRecord | undefined,
    source: { name: string; path?: string; content: string },
  ): LibraryRecord {
    const now = (this.#deps.now?.() ?? new Date()).toISOString();
    const record: LibraryRecord = {
      id: existing?.id ?? (this.#deps.newId ?? randomUUID)(),
      name: source.name,
      ...(source.path ? { path: source.path } : {}),
      content: source.content,
      addedAt: existing?.addedAt ?? now,
      updatedAt: now,
    };
    this.#deps.repository.upsert(record);
    return record;
  }

  #toEntry(record: LibraryRecord, pictures = this.#channelPictures()): LibraryEntry {
    try {
      const prepared = prepareParsedInput(this.#parseInput(record), {
        reader: this.#deps.reader,
        channels: this.#deps.channels(),
        ...(this.#deps.templates ? { templates: this.#deps.templates } : {}),
      });
      return {
        ...baseEntry(record),
        format: prepared.script.source.format,
        status: 'valid',
        channel: prepared.script.channel,
        topic: prepared.script.topic,
        issues: [],
        script: prepared.script,
        timeline: withChannelPicture(prepared.timeline, pictures(prepared.timeline.channel)),
        channelDefinition: prepared.channel,
      };
    } catch (error) {
      const issues = error instanceof ScriptValidationError ? error.issues : [fileIssue(record.name, error)];
      return { ...baseEntry(record), status: 'invalid', issues };
    }
  }

  /** The FFmpeg channel picture by channel, each channel's asked for once (one stat of its file). */
  #channelPictures(): (channel: string) => { version: string } | undefined {
    const asked = new Map<string, { version: string } | undefined>();
    return (channel) => {
      if (!asked.has(channel)) asked.set(channel, this.#deps.ffmpegChannelPicture?.(channel));
      return asked.get(channel);
    };
  }

  #emit(event: LibraryEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // A UI listener's bug must not break the library.
      }
    }
  }
}

/** The timeline with the channel picture's version on its style, when the channel has a picture. */
function withChannelPicture(
  timeline: VideoTimeline,
  picture: { version: string } | undefined,
): VideoTimeline {
  return picture
    ? { ...timeline, style: { ...timeline.style, ffmpegChannelPicture: { version: picture.version } } }
    : timeline;
}

/** Lets timers, I/O and other requests run before the next file of a large batch. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function baseEntry(
  record: LibraryRecord,
): Pick<LibraryEntry, 'id' | 'name' | 'path' | 'addedAt' | 'updatedAt'> {
  return {
    id: record.id,
    name: record.name,
    ...(record.path ? { path: record.path } : {}),
    addedAt: record.addedAt,
    updatedAt: record.updatedAt,
  };
}

function fileIssue(file: string, error: unknown): ValidationIssue {
  return { file, field: '(file)', message: describeError(error) };
}
