// The library as the whole app sees it: loaded once, kept current by `library` events, and
// added to from anywhere (a drop on any view, the Open… button).
import { createContext, useCallback, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { LibraryEntry, ScriptUpload } from '#shared/api-types.js';
import { useApi, useApiEvent } from '../app/api-context.js';
import { applyLibraryEvent, upsertEntries } from './library-state.js';
import { chunkUploads } from './read-dropped-files.js';
import { useAsync } from './use-async.js';

const NO_ENTRIES: readonly LibraryEntry[] = [];

interface LibraryStore {
  readonly entries: readonly LibraryEntry[];
  readonly loading: boolean;
  readonly error: string | undefined;
  reload(): void;
  /** Sends uploads in contract-sized chunks; returns what the library made of them. */
  addUploads(uploads: readonly ScriptUpload[]): Promise<LibraryEntry[]>;
  /** Merges entries a call returned (the event for them may come later, or not at all). */
  merge(entries: readonly LibraryEntry[]): void;
  remove(id: string): Promise<void>;
}

const LibraryContext = createContext<LibraryStore | undefined>(undefined);

export function LibraryStoreProvider({ children, epoch = 0 }: { children: ReactNode; epoch?: number }) {
  const api = useApi();
  const list = useAsync<readonly LibraryEntry[]>(() => api['library.list']({}), `library:${epoch}`);
  const { setData, reload, loading, error } = list;
  const entries = list.data ?? NO_ENTRIES;
  // Events and call results are merged into the loaded list; before it loads they start one.
  const setEntries = useCallback(
    (update: (current: readonly LibraryEntry[]) => readonly LibraryEntry[]) =>
      setData((current) => update(current ?? NO_ENTRIES)),
    [setData],
  );

  useApiEvent('library', (event) => setEntries((current) => applyLibraryEvent(current, event)));

  const merge = useCallback(
    (incoming: readonly LibraryEntry[]) => setEntries((current) => upsertEntries(current, incoming)),
    [setEntries],
  );
  const addUploads = useCallback(
    async (uploads: readonly ScriptUpload[]) => {
      const added: LibraryEntry[] = [];
      for (const chunk of chunkUploads(uploads)) {
        const result = await api['library.addFiles']({
          files: chunk.map((u) => ({ name: u.name, content: u.content })),
        });
        merge(result);
        added.push(...result);
      }
      return added;
    },
    [api, merge],
  );
  const remove = useCallback(
    async (id: string) => {
      await api['library.remove']({ id });
      setEntries((current) => current.filter((e) => e.id !== id));
    },
    [api, setEntries],
  );
  const value = useMemo(
    () => ({ entries, loading, error, reload, addUploads, merge, remove }),
    [entries, loading, error, reload, addUploads, merge, remove],
  );
  return <LibraryContext.Provider value={value}>{children}</LibraryContext.Provider>;
}

export function useLibrary(): LibraryStore {
  const value = useContext(LibraryContext);
  if (!value) throw new Error('useLibrary() needs a <LibraryStoreProvider> above it');
  return value;
}
