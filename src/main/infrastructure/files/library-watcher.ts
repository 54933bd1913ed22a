import { watch, type FSWatcher } from 'node:fs';

/**
 * Re-imports library scripts when their file changes on disk. Events are debounced: editors
 * save in several writes (or replace the file), and one re-import per save is enough.
 */
export class LibraryWatcher {
  /** By library id: the path watched and its watcher (undefined when the file could not be watched). */
  readonly #watchers = new Map<string, { path: string; watcher?: FSWatcher }>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly onChange: (id: string) => void,
    private readonly debounceMs = 200,
  ) {}

  /** Watches exactly these entries; stops watching the ones no longer listed. */
  sync(entries: readonly { id: string; path: string }[]): void {
    const wanted = new Map(entries.map((e) => [e.id, e.path]));
    for (const id of this.#watchers.keys()) if (!wanted.has(id)) this.unwatch(id);
    for (const [id, path] of wanted) this.watch(id, path);
  }

  /**
   * Watches one entry's file (again when its path changed, or when it could not be watched
   * before); costs nothing when already watched.
   */
  watch(id: string, path: string): void {
    const current = this.#watchers.get(id);
    if (current?.path === path && current.watcher) return;
    if (current) this.unwatch(id);
    try {
      const watcher = watch(path, { persistent: false }, () => this.#schedule(id));
      watcher.on('error', () => undefined);
      this.#watchers.set(id, { path, watcher });
    } catch {
      // A missing file cannot be watched; its entry already shows the read error.
      this.#watchers.set(id, { path });
    }
  }

  unwatch(id: string): void {
    this.#watchers.get(id)?.watcher?.close();
    this.#watchers.delete(id);
    const timer = this.#timers.get(id);
    if (timer) clearTimeout(timer);
    this.#timers.delete(id);
  }

  close(): void {
    for (const { watcher } of this.#watchers.values()) watcher?.close();
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#watchers.clear();
    this.#timers.clear();
  }

  #schedule(id: string): void {
    const existing = this.#timers.get(id);
    if (existing) clearTimeout(existing);
    this.#timers.set(
      id,
      setTimeout(() => {
        this.#timers.delete(id);
        this.onChange(id);
      }, this.debounceMs),
    );
  }
}
