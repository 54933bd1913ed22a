import type { LibraryEntry, LibraryEventPayload } from '#shared/api-types.js';

/** Adds or replaces entries by id, newest additions first. */
export function upsertEntries(
  entries: readonly LibraryEntry[],
  incoming: readonly LibraryEntry[],
): LibraryEntry[] {
  const byId = new Map(incoming.map((e) => [e.id, e]));
  const replaced = entries.map((e) => byId.get(e.id) ?? e);
  const known = new Set(entries.map((e) => e.id));
  const added = incoming.filter((e) => !known.has(e.id));
  return [...added, ...replaced];
}

export function applyLibraryEvent(
  entries: readonly LibraryEntry[],
  event: LibraryEventPayload,
): LibraryEntry[] {
  switch (event.type) {
    case 'entry-updated':
      return upsertEntries(entries, [event.entry]);
    case 'entry-removed':
      return entries.filter((e) => e.id !== event.id);
  }
}
