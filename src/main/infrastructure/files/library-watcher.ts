import { watch, type FSWatcher } from 'node:fs';

/**
 * Re-imports library scripts when their file changes on disk. Events are debounced: editors
 * save in several writes (or replace the file), and one re-import per save is enough.
 */
export class LibraryWatcher {
  readonly #watchers = new Map<string, FSWatcher>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly onChange: (id: string) => void,
    private readonly debounceMs = 200,
  ) {}

  /** Watches exactly these entries; stops watching the ones no longer listed. */
  sync(entries: readonly { id: string; path: string }[]): void {
    const wanted = new Map(entries.map((e) => [`${e.id}\u0000${e.path}`, e]));
    for (const [key, watcher] of this.#watchers) {
      if (!wanted.has(key)) {
        watcher.close();
        this.#watchers.delete(key);
      }
    }
    for (const [key, entry] of wanted) {
      if (this.#watchers.has(key)) continue;
      try {
        const watcher = watch(entry.path, { persistent: false }, () => this.#schedule(entry.id));
        watcher.on('error', () => undefined);
        this.#watchers.set(key, watcher);
      } catch {
        // A missing file cannot be watched; its entry already shows the read error.
      }
    }
  }

  close(): void {
    for (const watcher of this.#watchers.values()) watcher.close();
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
