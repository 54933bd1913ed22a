// Which library entries the list shows and in what order, as the user chose: every script, only
// valid ones or only those with problems; sorted by a key they pick. The sort is stable (ties keep
// the library's own order), so a re-import or a live event never shuffles equal rows; inside a
// group (valid first, a topic, a channel) rows go by file name.
import type { LibraryEntry } from '#core/library.js';

export const LIBRARY_FILTERS = [
  { value: 'all', label: 'All scripts' },
  { value: 'valid', label: 'Valid' },
  { value: 'problems', label: 'With problems' },
] as const;
export type LibraryFilter = (typeof LIBRARY_FILTERS)[number]['value'];

export const LIBRARY_SORTS = [
  { value: 'valid-first', label: 'Valid first' },
  { value: 'newest', label: 'Newest first' },
  { value: 'name', label: 'File name' },
  { value: 'topic', label: 'Topic' },
  { value: 'channel', label: 'Channel' },
] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number]['value'];

const text = (value: string | undefined) => value ?? '';
const byText = (a: string, b: string) =>
  a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true });

const byName = (a: LibraryEntry, b: LibraryEntry) => byText(a.name, b.name);

// Groups (valid or not, a topic, a channel) are listed by file name inside, so a long library
// reads in an order the user can predict rather than the order files happened to arrive in.
const COMPARE: Readonly<Record<LibrarySort, (a: LibraryEntry, b: LibraryEntry) => number>> = {
  'valid-first': (a, b) => Number(a.status !== 'valid') - Number(b.status !== 'valid') || byName(a, b),
  newest: (a, b) => b.addedAt.localeCompare(a.addedAt),
  name: byName,
  topic: (a, b) => byText(text(a.topic), text(b.topic)) || byName(a, b),
  channel: (a, b) => byText(text(a.channel), text(b.channel)) || byName(a, b),
};

/** The entries to list, filtered and sorted; ties keep their order in `entries`. */
export function arrangeLibrary(
  entries: readonly LibraryEntry[],
  filter: LibraryFilter,
  sort: LibrarySort,
): LibraryEntry[] {
  const shown = entries.filter((entry) =>
    filter === 'all' ? true : filter === 'valid' ? entry.status === 'valid' : entry.status !== 'valid',
  );
  // Array.prototype.sort is stable (ES2019), so equal keys stay in the library's order.
  return shown.sort(COMPARE[sort]);
}
